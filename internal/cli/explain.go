package cli

import (
	"fmt"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
)

func runExplain(env Env, args []string) int {
	fs := newFlagSet("explain", "\"SENTENCE\" [\"CONTEXT SENTENCE\"...]", "Shows how a sentence is coded: tokens with tags and lemmas, the actors found, the verb groups,\nevery pattern that fired and why an event was or was not emitted. Earlier arguments act as\ncontext (the same article) for later ones: the last one is explained.")
	var cf codingFlags
	cf.register(fs)
	headline := fs.Bool("headline", false, "code the first sentence as the article's headline (sentence 0)")
	if st, ok := parse(fs, args, env); !ok {
		return st
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "dyad explain: give a sentence to explain, in quotes")
		return ExitUsage
	}
	cf.all = true
	p, err := cf.pipeline()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad explain: %v\n", err)
		return ExitUsage
	}
	d := &doc.Document{ID: "explain", Date: doc.Date(cf.date)}
	for i, s := range fs.Args() {
		if !*headline {
			i++
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Index: i, Text: s})
	}
	var trace strings.Builder
	p.Coder().Code(d, event.Options{All: true, Trace: func(s string) { trace.WriteString(s + "\n") }, Explain: true})
	fmt.Fprint(env.Stdout, trace.String())
	fmt.Fprintln(env.Stdout, "\nEvents:")
	for _, ev := range d.Events {
		fmt.Fprintf(env.Stdout, "  %s -> %s  %s %s (Goldstein %.1f, quad %d)  verb %q  rule %s%s\n", code(ev.Source), code(ev.Target),
			ev.CAMEO, ev.PLOVER, ev.Goldstein, ev.QuadClass, ev.Verb, ev.Rule, flags(ev))
	}
	if len(d.Events) == 0 {
		fmt.Fprintln(env.Stdout, "  none")
	}
	return ExitOK
}
