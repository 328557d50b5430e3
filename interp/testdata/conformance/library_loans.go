// Code generated from library_loans.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// A small library system: books and members in maps of pointers, loans
// with due dates on a fixed clock, errors for every rule, fines computed
// from durations, reports sorted by several keys, and an audit log.
//
//line testdata/conformance/library_loans.gos/_.go:1:1
type BookID string

type Book struct {
	ID     BookID
	Title  string
	Author string
	Copies int
	OnLoan int
}

type Member struct {
	Name  string
	Loans map[BookID]time.Time
	Fines float64
}

type LoanError struct {
	Op     string
	Book   BookID
	Member string
	Err    error
}

func (e *LoanError) Error() string {
	return fmt.Sprintf("%s %s for %s: %v", e.Op, e.Book, e.Member, e.Err)
}

func (e *LoanError) Unwrap() error { return e.Err }

var (
	ErrNoCopies  = errors.New("no copies left")
	ErrNotLoaned = errors.New("not on loan to member")
	ErrLimit     = errors.New("loan limit reached")
	ErrUnknown   = errors.New("unknown book or member")
)

type Library struct {
	books   map[BookID]*Book
	members map[string]*Member
	now     time.Time
	log     []string
}

const loanPeriod = 14 * 24 * time.Hour

const finePerDay = 0.25

func (l *Library) logf(format string, args ...any) {
	l.log = append(l.log, l.now.Format("01-02")+" "+fmt.Sprintf(format, args...))
}

func (l *Library) Borrow(name string, id BookID) error {
	m, okM := l.members[name]
	b, okB := l.books[id]
	if !okM || !okB {
		return &LoanError{"borrow", id, name, ErrUnknown}
	}
	switch {
	case b.OnLoan >= b.Copies:
		return &LoanError{"borrow", id, name, ErrNoCopies}
	case len(m.Loans) >= 2:
		return &LoanError{"borrow", id, name, ErrLimit}
	}
	b.OnLoan++
	m.Loans[id] = l.now.Add(loanPeriod)
	l.logf("%s borrows %q", name, b.Title)
	return nil
}

func (l *Library) Return(name string, id BookID) (fine float64, err error) {
	m := l.members[name]
	due, ok := m.Loans[id]
	if !ok {
		return 0, &LoanError{"return", id, name, ErrNotLoaned}
	}
	delete(m.Loans, id)
	l.books[id].OnLoan--
	if late := l.now.Sub(due); late > 0 {
		days := math.Ceil(late.Hours() / 24)
		fine = days * finePerDay
		m.Fines += fine
		l.logf("%s returns %s %v late, fine %.2f", name, id, late.Round(time.Hour), fine)
	} else {
		l.logf("%s returns %s on time (%v early)", name, id, (-late).Truncate(24*time.Hour))
	}
	return fine, nil
}

func main() {
	lib := &Library{
		books: map[BookID]*Book{
			"go":    {"go", "The Go Programming Language", "Donovan", 2, 0},
			"sicp":  {"sicp", "Structure and Interpretation", "Abelson", 1, 0},
			"taocp": {"taocp", "The Art of Computer Programming", "Knuth", 1, 0},
		},
		members: map[string]*Member{},
		now:     time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC),
	}
	for _, n := range []string{"ann", "bob", "cy"} {
		lib.members[n] = &Member{Name: n, Loans: map[BookID]time.Time{}}
	}
	steps := []struct {
		day    int
		op     string
		member string
		book   BookID
	}{
		{0, "borrow", "ann", "go"}, {0, "borrow", "bob", "go"}, {1, "borrow", "cy", "go"},
		{1, "borrow", "ann", "sicp"}, {2, "borrow", "ann", "taocp"}, {3, "borrow", "dan", "go"},
		{10, "return", "bob", "go"}, {11, "borrow", "cy", "go"}, {20, "return", "ann", "go"},
		{20, "return", "ann", "go"}, {33, "return", "ann", "sicp"}, {40, "return", "cy", "go"},
	}
	start := lib.now
	for _, s := range steps {
		lib.now = start.AddDate(0, 0, s.day)
		var err error
		switch s.op {
		case "borrow":
			err = lib.Borrow(s.member, s.book)
		case "return":
			var fine float64
			fine, err = lib.Return(s.member, s.book)
			if fine > 0 {
				fmt.Printf("day %2d: %s pays %.2f\n", s.day, s.member, fine)
			}
		}
		if err != nil {
			var le *LoanError
			errors.As(err, &le)
			fmt.Printf("day %2d: error: %v [%s] limit=%v nocopies=%v\n", s.day, err, le.Op,
				errors.Is(err, ErrLimit), errors.Is(err, ErrNoCopies))
		}
	}
	for _, line := range lib.log {
		fmt.Println(line)
	}
	members := slices.Collect(maps.Values(lib.members))
	sort.Slice(members, func(i, j int) bool {
		if members[i].Fines != members[j].Fines {
			return members[i].Fines > members[j].Fines
		}
		return members[i].Name < members[j].Name
	})
	for _, m := range members {
		ids := slices.Sorted(maps.Keys(m.Loans))
		fmt.Printf("%-4s fines=%5.2f loans=%v\n", m.Name, m.Fines, ids)
	}
	books := slices.SortedFunc(maps.Values(lib.books), func(a, b *Book) int { return strings.Compare(a.Author, b.Author) })
	for _, b := range books {
		fmt.Printf("%-8s %-32q %d/%d\n", b.Author, b.Title, b.OnLoan, b.Copies)
	}
}
