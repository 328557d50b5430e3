// Code generated from bank_ledger_embed.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"sort"
)

// Bank simulation: accounts behind an interface, embedding for shared
// behaviour, a map of struct pointers, and a transaction ledger.
//
//line testdata/conformance/bank_ledger_embed.gos/_.go:1:1
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account interface {
	ID() string
	Balance() Money
	Deposit(Money)
	Withdraw(Money) error
}

type InsufficientFunds struct {
	Account string
	Need    Money
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: insufficient funds (need %v)", e.Account, e.Need)
}

type base struct {
	id      string
	balance Money
	history []string
}

func (b *base) ID() string { return b.id }

func (b *base) Balance() Money { return b.balance }

func (b *base) Deposit(m Money) { b.balance += m; b.log("dep", m) }

func (b *base) log(kind string, m Money) {
	b.history = append(b.history, fmt.Sprintf("%s %v", kind, m))
}

type Checking struct {
	base
	overdraft Money
}

func (c *Checking) Withdraw(m Money) error {
	if c.balance+c.overdraft < m {
		return InsufficientFunds{c.id, m - c.balance - c.overdraft}
	}
	c.balance -= m
	c.log("wd", m)
	return nil
}

type Savings struct {
	*base
	rateBP int // basis points
}

func (s Savings) Withdraw(m Money) error {
	if s.balance < m {
		return &InsufficientFunds{s.id, m - s.balance}
	}
	s.balance -= m
	s.log("wd", m)
	return nil
}

func (s Savings) Accrue() Money {
	interest := s.balance * Money(s.rateBP) / 10000
	s.Deposit(interest)
	return interest
}

type Bank struct {
	accounts map[string]Account
	ledger   []string
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, m Money) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED: " + err.Error()
		}
		b.ledger = append(b.ledger, fmt.Sprintf("%s->%s %v %s", from, to, m, status))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(m); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst.Deposit(m)
	return nil
}

var v InsufficientFunds

var p *InsufficientFunds

var total Money

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	alice := &Checking{base: base{id: "alice"}, overdraft: 5000}
	bob := Savings{base: &base{id: "bob"}, rateBP: 250}
	bank.Open(alice)
	bank.Open(bob)
	alice.Deposit(10000)
	bob.Deposit(2500)
	fmt.Println(bank.Transfer("alice", "bob", 12000))
	fmt.Println(bank.Transfer("alice", "bob", 5000))
	err := bank.Transfer("bob", "alice", 100000)
	fmt.Println(err, errors.As(err, &v), errors.As(err, &p))
	if p != nil {
		fmt.Println("short by", p.Need, p.Account)
	}
	err = bank.Transfer("alice", "carol", 1)
	fmt.Println(err)
	err = bank.Transfer("alice", "bob", 1)
	fmt.Println(err, errors.As(err, &v), v.Need)
	fmt.Println("interest:", bob.Accrue())
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		total += a.Balance()
		fmt.Printf("%-6s %10v %T\n", id, a.Balance(), a)
	}
	fmt.Println("total", total)
	for i, l := range bank.ledger {
		fmt.Println(i, l)
	}
	fmt.Println(alice.history)
	fmt.Println(bob.history, len(bob.base.history))
}
