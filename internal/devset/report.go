package devset

import (
	"fmt"
	"strings"
)

// String renders the report as a plain-text table: overall scores at both
// levels, then one row per CAMEO root.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "items %d, none-items %d (clean %d)\n", r.Items, r.NoneItems, r.NoneClean)
	fmt.Fprintf(&b, "%-6s %s\n", "level", levelHeader())
	fmt.Fprintf(&b, "%-6s %s\n", "type", levelCells(r.Type))
	fmt.Fprintf(&b, "%-6s %s\n", "full", levelCells(r.Full))
	fmt.Fprintf(&b, "\n%-4s | %-36s | %s\n", "root", "type: "+levelHeader(), "full: "+levelHeader())
	for _, row := range r.Roots {
		fmt.Fprintf(&b, "%-4s | %-36s | %s\n", row.Root,
			"      "+levelCells(row.Type), "      "+levelCells(row.Full))
	}
	return b.String()
}

// levelHeader is the column header of levelCells.
func levelHeader() string {
	return fmt.Sprintf("%4s %4s %4s %5s %5s %5s", "tp", "fp", "fn", "P", "R", "F1")
}

// levelCells renders one Level as fixed-width columns.
func levelCells(l Level) string {
	return fmt.Sprintf("%4d %4d %4d %5.3f %5.3f %5.3f", l.TP, l.FP, l.FN, l.P, l.R, l.F1)
}

// MissesString renders up to max misses (all when max <= 0), one block per
// item, for debugging a coder against the dev set.
func (r Report) MissesString(max int) string {
	var b strings.Builder
	for i, m := range r.Misses {
		if max > 0 && i == max {
			fmt.Fprintf(&b, "... %d more\n", len(r.Misses)-max)
			break
		}
		fmt.Fprintf(&b, "%s:%d: %s\n", m.File, m.Line, m.Sentence)
		for _, e := range m.Missing {
			fmt.Fprintf(&b, "  missing %s\n", e)
		}
		for _, e := range m.Extra {
			fmt.Fprintf(&b, "  extra   %s\n", e)
		}
	}
	return b.String()
}
