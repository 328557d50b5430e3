// Code generated from event_payload_asserts.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// Heterogeneous event payloads checked with comma-ok type assertions in
// loops: typed fields pulled out of map[string]any, optional interfaces
// (Validator, fmt.Stringer), numbers of several kinds, and a summary that
// reports what each event lacked.
//
//line testdata/conformance/event_payload_asserts.gos/_.go:1:1
type Validator interface{ Validate() error }

type Login struct {
	User string
	OK   bool
}

func (l Login) Validate() error {
	if l.User == "" {
		return errors.New("login without user")
	}
	return nil
}

type Purchase struct {
	Item  string
	Cents int
}

func (p Purchase) String() string {
	return fmt.Sprintf("%s for $%d.%02d", p.Item, p.Cents/100, p.Cents%100)
}

func main() {
	events := []map[string]any{
		{"id": 1, "kind": "login", "payload": Login{"ann", true}},
		{"id": 2.0, "kind": "buy", "payload": Purchase{"book", 1299}, "tags": []string{"web"}},
		{"id": "3", "kind": "login", "payload": Login{}},
		{"kind": "ping"},
		{"id": int64(5), "kind": "buy", "payload": &Purchase{"pen", 250}, "tags": "bad"},
	}
	for _, ev := range events {
		id, ok := ev["id"].(int)
		if !ok {
			if f, isFloat := ev["id"].(float64); isFloat {
				id, ok = int(f), true
			} else if i64, is64 := ev["id"].(int64); is64 {
				id, ok = int(i64), true
			}
		}
		kind, _ := ev["kind"].(string)
		tags, hasTags := ev["tags"].([]string)
		v, canValidate := ev["payload"].(Validator)
		s, isStringer := ev["payload"].(fmt.Stringer)
		fmt.Printf("id=%d(%v) kind=%s tags=%v(%v) validator=%v stringer=%v\n", id, ok, kind, tags, hasTags, canValidate, isStringer)
		if canValidate {
			fmt.Println("  validate:", v.Validate())
		}
		if isStringer {
			fmt.Println("  purchase:", s.String())
		}
		p, isPurchase := ev["payload"].(Purchase)
		l, isLogin := ev["payload"].(Login)
		fmt.Printf("  purchase=%+v(%v) login=%+v(%v)\n", p, isPurchase, l, isLogin)
	}
	missing := map[string]int{}
	for _, ev := range events {
		for _, key := range []string{"id", "payload", "tags"} {
			if _, ok := ev[key]; !ok {
				missing[key]++
			}
		}
	}
	fmt.Println(missing)
}
