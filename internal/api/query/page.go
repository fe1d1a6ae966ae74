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

// expr is the sort expression; unknown dates sort as the earliest date.
func (s Sort) expr() string {
	if s.Key == "goldstein" {
		return "e.goldstein"
	}
	return "coalesce(" + DateExpr + ", DATE '0001-01-01')"
}

// OrderBy is the ORDER BY list (without the keywords).
func (s Sort) OrderBy() string {
	dir := " ASC"
	if s.Desc {
		dir = " DESC"
	}
	return s.expr() + dir + ", e.doc_no" + dir + ", e.idx" + dir
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
	} else if _, err := parseDate("cursor", c.Value); err != nil || c.Value == "" {
		return c, fmt.Errorf("cursor %q: bad date value", text)
	}
	return c, nil
}

// After adds the keyset condition selecting events after cursor c.
func (w *Where) After(s Sort, c Cursor) {
	op := ">"
	if s.Desc {
		op = "<"
	}
	val := "CAST(? AS DATE)"
	var v any = c.Value
	if s.Key == "goldstein" {
		val = "?"
		v, _ = strconv.ParseFloat(c.Value, 64)
	}
	x := s.expr()
	w.add(fmt.Sprintf("(%[1]s %[2]s %[3]s OR (%[1]s = %[3]s AND (e.doc_no %[2]s ? OR (e.doc_no = ? AND e.idx %[2]s ?))))", x, op, val),
		v, v, c.DocNo, c.DocNo, c.Idx)
}

// SortValue formats the sort key of a row for a cursor: date (YYYY-MM-DD,
// "0001-01-01" when unknown) or goldstein.
func SortValue(s Sort, date string, goldstein float64) string {
	if s.Key == "goldstein" {
		return strconv.FormatFloat(goldstein, 'g', -1, 64)
	}
	if date == "" {
		return "0001-01-01"
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
