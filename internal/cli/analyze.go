package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
)

func runAnalyze(env Env, args []string) int {
	fs := newFlagSet("analyze", "PATH...", "Reads news documents (text, HTML, JSON Lines, RSS/Atom, WARC; '-' = JSON Lines on standard input),\ncodes them and prints one JSON object per document.")
	var cf codingFlags
	cf.register(fs)
	format := fs.String("format", "jsonl", "output format: jsonl, json or table")
	in := fs.String("in", "", "input format, overriding detection: txt, html, jsonl, rss, atom, warc")
	if st, ok := parse(fs, args, env); !ok {
		return st
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "dyad analyze: no input; give one or more paths, or - for standard input")
		return ExitUsage
	}
	w, ok := writers[*format]
	if !ok {
		fmt.Fprintf(env.Stderr, "dyad analyze: --format %q: want jsonl, json or table\n", *format)
		return ExitUsage
	}
	p, err := cf.pipeline()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad analyze: %v\n", err)
		return ExitUsage
	}
	r, err := ingest.New(fs.Args(), ingest.Options{Format: *in})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad analyze: %v\n", err)
		return ExitUsage
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	ow := w(out)
	failed := 0
	dups := dedup.NewBatch()
	err = p.Run(context.Background(), r.Each, 0, func(d *doc.Document) error {
		if len(d.Errors) > 0 {
			failed++
			reportErrors(env.Stderr, d)
		} else {
			dups.Mark(d)
		}
		return ow.write(d)
	})
	if err == nil {
		err = ow.close()
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad analyze: %v\n", err)
		return ExitPartial
	}
	if failed > 0 {
		return ExitPartial
	}
	return ExitOK
}

func reportErrors(w io.Writer, d *doc.Document) {
	for _, e := range d.Errors {
		fmt.Fprintf(w, "dyad: %s\n", e.Error())
	}
}

// docWriter writes analysed documents in one output format.
type docWriter interface {
	write(d *doc.Document) error
	close() error
}

var writers = map[string]func(w *bufio.Writer) docWriter{
	"jsonl": func(w *bufio.Writer) docWriter { return &jsonlWriter{enc: json.NewEncoder(w)} },
	"json":  func(w *bufio.Writer) docWriter { return &jsonWriter{w: w} },
	"table": func(w *bufio.Writer) docWriter { return &tableWriter{w: w} },
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) write(d *doc.Document) error { return j.enc.Encode(d) }
func (j *jsonlWriter) close() error                { return nil }

type jsonWriter struct {
	w *bufio.Writer
	n int
}

func (j *jsonWriter) write(d *doc.Document) error {
	sep := ",\n"
	if j.n == 0 {
		sep = "[\n"
	}
	j.n++
	b, err := json.MarshalIndent(d, "  ", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(j.w, "%s  %s", sep, b)
	return err
}

func (j *jsonWriter) close() error {
	if j.n == 0 {
		_, err := j.w.WriteString("[]\n")
		return err
	}
	_, err := j.w.WriteString("\n]\n")
	return err
}

type tableWriter struct{ w *bufio.Writer }

func (t *tableWriter) write(d *doc.Document) error {
	fmt.Fprintf(t.w, "== %s  %s  (%s)\n", d.ID, d.Title, dateOr(d.Date))
	if d.DuplicateOf != "" {
		fmt.Fprintf(t.w, "   duplicate of %s\n", d.DuplicateOf)
	}
	for _, e := range d.Errors {
		fmt.Fprintf(t.w, "   error: %s\n", e.Error())
	}
	for _, ev := range d.Events {
		fmt.Fprintf(t.w, "   [%2d] %-10s %-10s %-5s %-10s %5.1f  %s%s\n", ev.Sentence, code(ev.Source), code(ev.Target),
			ev.CAMEO, ev.PLOVER, ev.Goldstein, ev.Verb, flags(ev))
	}
	_, err := fmt.Fprintf(t.w, "   %d sentences, %d actors, %d events\n", len(d.Sentences), len(d.Entities), len(d.Events))
	return err
}

func (t *tableWriter) close() error { return nil }

func code(a *doc.ActorRef) string {
	if a == nil {
		return "-"
	}
	return a.Code
}

func dateOr(d doc.Date) string {
	if d == "" {
		return "no date"
	}
	return string(d)
}

func flags(ev doc.Event) string {
	var f []string
	if ev.Negated {
		f = append(f, "negated")
	}
	if ev.Hypothetical {
		f = append(f, "hypothetical")
	}
	if len(f) == 0 {
		return ""
	}
	return "  (" + strings.Join(f, ", ") + ")"
}
