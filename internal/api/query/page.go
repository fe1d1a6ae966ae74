package query

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Sort is an event ordering: "date", "-date", "goldstein" or "-goldstein".
// Ties are broken by insertion order (doc_no, idx) in the same direction,
// so every ordering is total and pages never overlap.
type Sort struct {
	Key  string // "date" or "goldstein"
	Desc bool
}

// ParseSort reads a sort parameter; "" is "-date" (newest first).
func ParseSort(s string) (Sort, error) {
	switch strings.TrimSpace(s) {
	case "", "-date":
		return Sort{"date", true}, nil
	case "date":
		return Sort{"date", false}, nil
	case "goldstein":
		return Sort{"goldstein", false}, nil
	case "-goldstein":
		return Sort{"goldstein", true}, nil
	}
	return Sort{}, fmt.Errorf("sort %q: want date, -date, goldstein or -goldstein", s)
}

// String is the parameter form of s.
func (s Sort) String() string {
	if s.Desc {
		return "-" + s.Key
	}
	return s.Key
}

// expr is the sort column.
func (s Sort) expr() string {
	if s.Key == "goldstein" {
		return "e.goldstein"
	}
	return DateExpr
}

// OrderBy is the ORDER BY list (without the keywords). Unknown dates sort
// as the earliest: last when newest first, first when oldest first.
func (s Sort) OrderBy() string {
	dir, nulls := " ASC", " NULLS FIRST"
	if s.Desc {
		dir, nulls = " DESC", " NULLS LAST"
	}
	return s.expr() + dir + nulls + ", e.doc_no" + dir + ", e.idx" + dir
}

// Cursor is the position after the last event of a page.
type Cursor struct {
	Sort  string `json:"s"`
	Value string `json:"v"` // date (YYYY-MM-DD) or goldstein, as text
	DocNo int64  `json:"n"`
	Idx   int    `json:"i"`
}

// Encode is the opaque form of c.
func (c Cursor) Encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor made for sort s.
func DecodeCursor(text string, s Sort) (Cursor, error) {
	var c Cursor
	b, err := base64.RawURLEncoding.DecodeString(text)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil {
		return c, fmt.Errorf("cursor %q: not a cursor from this API: %w", text, err)
	}
	if c.Sort != s.String() {
		return c, fmt.Errorf("cursor %q: made for sort %q, not %q: restart without cursor", text, c.Sort, s.String())
	}
	if s.Key == "goldstein" {
		if _, err := strconv.ParseFloat(c.Value, 64); err != nil {
			return c, fmt.Errorf("cursor %q: bad goldstein value: %w", text, err)
		}
	} else if _, err := parseDate("cursor", c.Value); err != nil {
		return c, fmt.Errorf("cursor %q: bad date value", text)
	}
	return c, nil
}

// After adds the keyset condition selecting events after cursor c. A
// cursor Value of "" stands for an unknown date.
func (w *Where) After(s Sort, c Cursor) {
	op := ">"
	if s.Desc {
		op = "<"
	}
	tie := fmt.Sprintf("(e.doc_no %[1]s ? OR (e.doc_no = ? AND e.idx %[1]s ?))", op)
	x := s.expr()
	switch {
	case s.Key == "goldstein":
		v, _ := strconv.ParseFloat(c.Value, 64)
		w.add(fmt.Sprintf("(%[1]s %[2]s ? OR (%[1]s = ? AND %[3]s))", x, op, tie), v, v, c.DocNo, c.DocNo, c.Idx)
	case c.Value == "" && s.Desc: // nulls last: only null-dated rows follow
		w.add(fmt.Sprintf("(%s IS NULL AND %s)", x, tie), c.DocNo, c.DocNo, c.Idx)
	case c.Value == "": // nulls first: later nulls, then every dated row
		w.add(fmt.Sprintf("(%[1]s IS NOT NULL OR %[2]s)", x, tie), c.DocNo, c.DocNo, c.Idx)
	case s.Desc:
		w.add(fmt.Sprintf("(%[1]s < CAST(? AS DATE) OR %[1]s IS NULL OR (%[1]s = CAST(? AS DATE) AND %[2]s))", x, tie),
			c.Value, c.Value, c.DocNo, c.DocNo, c.Idx)
	default:
		w.add(fmt.Sprintf("(%[1]s > CAST(? AS DATE) OR (%[1]s = CAST(? AS DATE) AND %[2]s))", x, tie),
			c.Value, c.Value, c.DocNo, c.DocNo, c.Idx)
	}
}

// SortValue formats the sort key of a row for a cursor: the date
// (YYYY-MM-DD, "" when unknown) or the goldstein score.
func SortValue(s Sort, date string, goldstein float64) string {
	if s.Key == "goldstein" {
		return strconv.FormatFloat(goldstein, 'g', -1, 64)
	}
	return date
}

// Inline replaces each ? of sql by its argument as a SQL literal, for
// statements that take no parameters (COPY). Strings are quoted with ”
// doubled; numbers and booleans are written as they are.
func Inline(sql string, args []any) (string, error) {
	var b strings.Builder
	n := 0
	for _, r := range sql {
		if r != '?' {
			b.WriteRune(r)
			continue
		}
		if n >= len(args) {
			return "", fmt.Errorf("inline: more placeholders than %d arguments", len(args))
		}
		lit, err := literal(args[n])
		if err != nil {
			return "", err
		}
		b.WriteString(lit)
		n++
	}
	if n != len(args) {
		return "", fmt.Errorf("inline: %d placeholders for %d arguments", n, len(args))
	}
	return b.String(), nil
}

// literal is v as a SQL literal.
func literal(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'", nil
	case int:
		return strconv.Itoa(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	return "", fmt.Errorf("inline: unsupported argument type %T", v)
}
