// Code generated from bank_account.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"sync"
)

//line testdata/conformance/bank_account.gos/_.go:1:1
var ErrInsufficient = errors.New("insufficient funds")

type InvalidAmountError struct{ Amount float64 }

func (e InvalidAmountError) Error() string { return fmt.Sprintf("invalid amount %.2f", e.Amount) }

type Account struct {
	mu      sync.Mutex
	ID      string
	balance float64
	history []string
}

func (a *Account) Deposit(x float64) error {
	if x <= 0 {
		return InvalidAmountError{x}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += x
	a.history = append(a.history, fmt.Sprintf("+%.2f", x))
	return nil
}

func (a *Account) Withdraw(x float64) error {
	if x <= 0 {
		return InvalidAmountError{x}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if x > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", x, a.ID, ErrInsufficient)
	}
	a.balance -= x
	a.history = append(a.history, fmt.Sprintf("-%.2f", x))
	return nil
}

func (a *Account) Balance() float64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, x float64) error {
	if err := from.Withdraw(x); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(x)
}

var iae InvalidAmountError

var wg sync.WaitGroup

func main() {
	alice := &Account{ID: "alice"}
	bob := &Account{ID: "bob"}
	fmt.Println(alice.Deposit(100), alice.Deposit(-5))
	err := Transfer(alice, bob, 30)
	fmt.Println(err, alice.Balance(), bob.Balance())
	err = Transfer(bob, alice, 50)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	err = bob.Withdraw(0)
	fmt.Println(errors.As(err, &iae), iae.Amount)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			alice.Deposit(1)
			bob.Withdraw(0.5)
		}()
	}
	wg.Wait()
	fmt.Printf("%.2f %.2f %d %d\n", alice.Balance(), bob.Balance(), len(alice.history), len(bob.history))
	fmt.Println(alice.history[:3], bob.history[0])
}
