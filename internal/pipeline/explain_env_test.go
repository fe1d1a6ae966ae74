package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
)

// TestExplainEnv prints the coder's explanation of the sentences in
// DYAD_EXPLAIN (separated by " || ", dated by DYAD_DATE): a debugging aid
// that runs only when asked.
func TestExplainEnv(t *testing.T) {
	text := os.Getenv("DYAD_EXPLAIN")
	if text == "" {
		t.Skip("set DYAD_EXPLAIN to explain a sentence")
	}
	p := testPipeline(t)
	d := &doc.Document{Date: doc.Date(os.Getenv("DYAD_DATE"))}
	for i, s := range strings.Split(text, " || ") {
		d.Sentences = append(d.Sentences, doc.Sentence{Index: i + 1, Text: s})
	}
	p.Coder().Code(d, event.Options{All: true, Explain: true, Trace: func(s string) { fmt.Println(s) }})
	for _, ev := range d.Events {
		tgt := "-"
		if ev.Target != nil {
			tgt = ev.Target.Code
		}
		fmt.Printf("EVENT %s %s %s neg=%v hyp=%v rule=%s\n", ev.Source.Code, tgt, ev.CAMEO, ev.Negated, ev.Hypothetical, ev.Rule)
	}
}
