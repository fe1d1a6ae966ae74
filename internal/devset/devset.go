// Package devset reads dyad's golden event-coding development set
// (testdata/devset/*.txt, format in docs/dictionaries.md section 4) and
// scores a coder's output against it.
package devset

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expected is one coded event: source actor code, target actor code ("-"
// when the event has no target) and CAMEO code.
type Expected struct {
	Source, Target, Code string
}

// Root returns the CAMEO root of the event code (its first two digits).
func (e Expected) Root() string {
	if len(e.Code) < 2 {
		return e.Code
	}
	return e.Code[:2]
}

// String renders the event as it is written in a dev-set file.
func (e Expected) String() string {
	return e.Source + " " + e.Target + " " + e.Code
}

// NoTarget is the Target value of an event with no target.
const NoTarget = "-"

// Item is one dev-set sentence with its expected events. None is true for
// items marked "= none" (Events is then empty).
type Item struct {
	File     string
	Line     int
	Date     string
	Context  []string
	Sentence string
	Events   []Expected
	None     bool
}

// ErrSyntax is wrapped by every parse error; the message names file:line.
var ErrSyntax = errors.New("devset syntax error")

// ParseFile reads one dev-set file.
func ParseFile(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("devset: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// ParseDir reads every *.txt file of dir in name order.
func ParseDir(dir string) ([]Item, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("devset: listing %s: %w", dir, err)
	}
	sort.Strings(paths)
	var all []Item
	for _, p := range paths {
		items, err := ParseFile(p)
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
	}
	return all, nil
}

// parser holds the state of one Parse call.
type parser struct {
	name    string
	line    int
	date    string
	context []string
	cur     *Item
	items   []Item
}

// Parse reads dev-set items from r; name is used in error messages and as
// Item.File.
func Parse(r io.Reader, name string) ([]Item, error) {
	p := &parser{name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		p.line++
		if err := p.handle(sc.Text()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("devset: reading %s: %w", name, err)
	}
	if err := p.flush(); err != nil {
		return nil, err
	}
	return p.items, nil
}

// errf builds a file:line error wrapping ErrSyntax.
func (p *parser) errf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %w: %s", p.name, p.line, ErrSyntax, fmt.Sprintf(format, args...))
}

// handle dispatches one input line.
func (p *parser) handle(raw string) error {
	line := strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))
	switch {
	case line == "":
		return p.flush()
	case strings.HasPrefix(line, "#"):
		return nil
	case strings.HasPrefix(line, "@"):
		return p.directive(stripComment(line))
	case strings.HasPrefix(line, ">"):
		return p.contextLine(strings.TrimSpace(line[1:]))
	case strings.HasPrefix(line, "="):
		return p.expect(stripComment(strings.TrimSpace(line[1:])))
	}
	return p.sentence(line)
}

// stripComment removes a trailing " # comment".
func stripComment(s string) string {
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "\t#"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// flush closes the current item at a blank line or end of input.
func (p *parser) flush() error {
	if p.cur == nil {
		if len(p.context) > 0 {
			return p.errf("context line(s) with no sentence")
		}
		return nil
	}
	if !p.cur.None && len(p.cur.Events) == 0 {
		return fmt.Errorf("%s:%d: %w: item has no '=' line", p.name, p.cur.Line, ErrSyntax)
	}
	p.items = append(p.items, *p.cur)
	p.cur = nil
	return nil
}

// directive handles an @ line; only @date is known.
func (p *parser) directive(line string) error {
	key, val, _ := strings.Cut(line, " ")
	if key != "@date" {
		return p.errf("unknown directive %q", key)
	}
	val = strings.TrimSpace(val)
	if !isDate(val) {
		return p.errf("bad @date %q (want YYYY-MM-DD)", val)
	}
	if p.cur != nil {
		return p.errf("@date inside an item (add a blank line before it)")
	}
	p.date = val
	return nil
}

// contextLine records a "> ..." line for the next item.
func (p *parser) contextLine(text string) error {
	if p.cur != nil {
		return p.errf("context line after the sentence (context comes first)")
	}
	if text == "" {
		return p.errf("empty context line")
	}
	p.context = append(p.context, text)
	return nil
}

// sentence starts a new item.
func (p *parser) sentence(text string) error {
	if p.cur != nil {
		return p.errf("second sentence in one item (separate items by a blank line)")
	}
	p.cur = &Item{File: p.name, Line: p.line, Date: p.date, Context: p.context, Sentence: text}
	p.context = nil
	return nil
}

// expect adds one "= SOURCE TARGET CODE" or "= none" line to the item.
func (p *parser) expect(body string) error {
	if p.cur == nil {
		return p.errf("'=' line without a sentence")
	}
	if body == "none" {
		if len(p.cur.Events) > 0 || p.cur.None {
			return p.errf("'= none' mixed with other '=' lines")
		}
		p.cur.None = true
		return nil
	}
	if p.cur.None {
		return p.errf("'=' event after '= none'")
	}
	e, err := parseEvent(body)
	if err != nil {
		return p.errf("%v", err)
	}
	p.cur.Events = append(p.cur.Events, e)
	return nil
}

// parseEvent checks and splits "SOURCE TARGET CODE".
func parseEvent(body string) (Expected, error) {
	f := strings.Fields(body)
	if len(f) != 3 {
		return Expected{}, fmt.Errorf("want 'SOURCE TARGET CODE', got %q", body)
	}
	e := Expected{Source: f[0], Target: f[1], Code: f[2]}
	if !isActor(e.Source) {
		return e, fmt.Errorf("bad source actor code %q", e.Source)
	}
	if e.Target != NoTarget && !isActor(e.Target) {
		return e, fmt.Errorf("bad target actor code %q", e.Target)
	}
	if !ValidCodeShape(e.Code) {
		return e, fmt.Errorf("bad CAMEO code %q (2-4 digits, root 01-20)", e.Code)
	}
	return e, nil
}
