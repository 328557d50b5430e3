// Code generated from bank_iface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/bank_iface.gos/_.go:1:1
type Account interface {
	Deposit(amount int) error
	Withdraw(amount int) error
	Balance() int
}

type OverdraftError struct {
	Need, Have int
}

func (e *OverdraftError) Error() string {
	return fmt.Sprintf("overdraft: need %d, have %d", e.Need, e.Have)
}

var ErrNegative = errors.New("negative amount")

type Checking struct {
	owner string
	bal   int
	limit int
}

func (c *Checking) Deposit(a int) error {
	if a < 0 {
		return fmt.Errorf("deposit %d: %w", a, ErrNegative)
	}
	c.bal += a
	return nil
}

func (c *Checking) Withdraw(a int) error {
	if a < 0 {
		return fmt.Errorf("withdraw: %w", ErrNegative)
	}
	if c.bal+c.limit < a {
		return &OverdraftError{a, c.bal}
	}
	c.bal -= a
	return nil
}

func (c *Checking) Balance() int { return c.bal }

type Savings struct {
	Checking
	rate float64
}

func (s *Savings) Withdraw(a int) error {
	if a > 100 {
		return fmt.Errorf("savings limit: %w", &OverdraftError{a, 100})
	}
	return s.Checking.Withdraw(a)
}

func transfer(from, to Account, amt int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %d failed: %w", amt, err)
		}
	}()
	if err = from.Withdraw(amt); err != nil {
		return
	}
	return to.Deposit(amt)
}

func main() {
	accts := map[string]Account{
		"chk": &Checking{owner: "ann", bal: 50, limit: 20},
		"sav": &Savings{Checking: Checking{owner: "bob", bal: 500}, rate: 0.02},
	}
	ops := []struct {
		from, to string
		amt      int
	}{{"chk", "sav", 60}, {"chk", "sav", 30}, {"sav", "chk", 150}, {"sav", "chk", -5}, {"sav", "chk", 80}}
	for _, op := range ops {
		err := transfer(accts[op.from], accts[op.to], op.amt)
		var oe *OverdraftError
		switch {
		case err == nil:
			fmt.Println("ok", op.amt)
		case errors.As(err, &oe):
			fmt.Println("overdraft", oe.Need, oe.Have, "|", err)
		case errors.Is(err, ErrNegative):
			fmt.Println("negative |", err)
		default:
			fmt.Println("other", err)
		}
	}
	keys := []string{"chk", "sav"}
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, accts[k].Balance())
	}
	fmt.Println()
	if s, ok := accts["sav"].(*Savings); ok {
		fmt.Println(s.owner, s.rate, s.Checking.bal)
	}
	_, isChk := accts["sav"].(*Checking)
	fmt.Println(isChk)
}
