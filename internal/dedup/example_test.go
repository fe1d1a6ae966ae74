package dedup_test

import (
	"fmt"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
	"github.com/dyad-project/dyad/internal/doc"
)

// A batch marks each document that copies an earlier one, as `dyad
// analyze` does in its output order.
func ExampleBatch_Mark() {
	g := dedupcorpus.New(1)
	orig := g.Original("agency-1", 0)
	docs := []*doc.Document{
		{ID: orig.ID, Text: orig.Text},
		{ID: "other", Text: g.Original("other", 0).Text},
		{ID: "blog-1", Text: g.Repost(orig, "blog-1").Text},
	}
	b := dedup.NewBatch()
	for _, d := range docs {
		b.Mark(d)
		fmt.Printf("%s duplicate_of=%q\n", d.ID, d.DuplicateOf)
	}
	// Output:
	// agency-1 duplicate_of=""
	// other duplicate_of=""
	// blog-1 duplicate_of="agency-1"
}
