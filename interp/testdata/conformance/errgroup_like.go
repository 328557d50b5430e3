// Code generated from errgroup_like.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

//line testdata/conformance/errgroup_like.gos/_.go:1:1
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var cancelled atomic.Int32

func main() {
	g, ctx := WithContext(context.Background())
	for i := 0; i < 4; i++ {
		g.Go(func() error {
			if i == 2 {
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-ctx.Done():
				cancelled.Add(1)
				return ctx.Err()
			case <-time.After(2 * time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println(err, cancelled.Load(), ctx.Err())
	g2, _ := WithContext(context.Background())
	res := make([]int, 5)
	for i := range res {
		g2.Go(func() error {
			res[i] = i * i
			return nil
		})
	}
	fmt.Println(g2.Wait(), res)
}
