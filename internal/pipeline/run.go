package pipeline

import (
	"context"
	"runtime"

	"github.com/dyad-project/dyad/internal/doc"
)

// Source streams documents to a callback, as ingest.Reader.Each does.
type Source func(ctx context.Context, fn func(*doc.Document) error) error

// Run reads every document from src, processes it on workers goroutines
// (0 = one per CPU) and hands the results to sink in input order. A sink
// error stops the run and is returned.
func (p *Pipeline) Run(ctx context.Context, src Source, workers int, sink func(*doc.Document) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type item struct {
		d    *doc.Document
		done chan struct{}
	}
	jobs := make(chan *item, workers)
	order := make(chan *item, workers*4)
	for w := 0; w < workers; w++ {
		go func() {
			for it := range jobs {
				p.Process(it.d)
				close(it.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- src(ctx, func(d *doc.Document) error {
			it := &item{d: d, done: make(chan struct{})}
			select {
			case order <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
			jobs <- it
			return nil
		})
	}()
	var sinkErr error
	for it := range order {
		<-it.done
		if sinkErr == nil {
			if sinkErr = sink(it.d); sinkErr != nil {
				cancel()
			}
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	return <-readErr
}
