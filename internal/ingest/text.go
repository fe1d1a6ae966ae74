package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

var (
	utf8BOM    = []byte{0xef, 0xbb, 0xbf}
	utf16LEBOM = []byte{0xff, 0xfe}
	utf16BEBOM = []byte{0xfe, 0xff}
)

// readText reads a plain-text file: the first non-empty line is the
// headline, the rest is the body.
func readText(em emitter, s *source) error {
	b, msg := s.readAll()
	if msg != "" {
		return em.fail(s.path, s.path, "", msg)
	}
	text, msg := decodeText(b)
	if msg != "" {
		return em.fail(s.path, s.path, "", msg)
	}
	title, body := splitHeadline(text)
	if title == "" {
		return em.fail(s.path, s.path, "", "empty file: no text found")
	}
	return em.emit(&doc.Document{
		ID: s.path, Title: title,
		Raw: &doc.Raw{Title: title, Paragraphs: splitParagraphs(body), Format: "txt"},
	})
}

// decodeText checks that b is text and returns it as UTF-8. Only UTF-8 and
// BOM-marked UTF-16 are accepted; on failure the message says why.
func decodeText(b []byte) (string, string) {
	if bytes.HasPrefix(b, utf16LEBOM) || bytes.HasPrefix(b, utf16BEBOM) {
		out, _, err := transform.Bytes(xunicode.BOMOverride(xunicode.UTF8.NewDecoder()), b)
		if err != nil {
			return "", fmt.Sprintf("bad UTF-16 text: %v", err)
		}
		b = out
	}
	b = bytes.TrimPrefix(b, utf8BOM)
	if isBinary(b) {
		return "", "binary file, not a news document"
	}
	if !utf8.Valid(b) {
		return "", fmt.Sprintf("text is not valid UTF-8 (first bad byte at offset %d) and declares no charset; "+
			"convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8", firstInvalid(b))
	}
	return string(b), ""
}

// firstInvalid returns the offset of the first byte that is not valid UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// isBinary reports whether the first 8 KB hold a NUL byte or more than 10%
// control characters.
func isBinary(b []byte) bool {
	if bytes.HasPrefix(b, utf16LEBOM) || bytes.HasPrefix(b, utf16BEBOM) {
		return false
	}
	b = b[:min(len(b), 8<<10)]
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// splitHeadline returns the first non-empty line (trimmed) and what follows.
func splitHeadline(text string) (string, string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		if t := normalizeSpace(line); t != "" {
			return t, rest
		}
		text = rest
	}
	return "", ""
}

// splitParagraphs splits a body into paragraphs. Blank lines always separate
// paragraphs; inside a block, lines are joined when they look hard-wrapped
// (most end mid-sentence) and kept apart otherwise, since scraped text
// usually has one paragraph per line.
func splitParagraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var out []string
	for _, block := range strings.Split(body, "\n\n") {
		lines := nonEmptyLines(block)
		if hardWrapped(lines) {
			out = appendPara(out, strings.Join(lines, " "))
			continue
		}
		for _, l := range lines {
			out = appendPara(out, l)
		}
	}
	return out
}

// nonEmptyLines returns the trimmed non-blank lines of block.
func nonEmptyLines(block string) []string {
	var lines []string
	for _, l := range strings.Split(block, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			lines = append(lines, t)
		}
	}
	return lines
}

// hardWrapped reports whether most lines but the last end mid-sentence.
func hardWrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	open := 0
	for i, l := range lines[:len(lines)-1] {
		if !endsSentence(l) && continues(l, lines[i+1]) {
			open++
		}
	}
	return open*2 > len(lines)-1
}

// continues reports whether next looks like the continuation of a line cut
// mid-sentence: not a list item, and starting in lower case or following a
// long line (short unpunctuated lines are headings and list entries).
func continues(l, next string) bool {
	if strings.HasPrefix(next, "- ") || strings.HasPrefix(next, "* ") || strings.HasPrefix(next, "• ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || len(l) > 60
}

// endsSentence reports whether a line ends like a sentence or a heading.
func endsSentence(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:;\"'”’)»…", r)
}

// appendPara adds a whitespace-normalised paragraph, dropping ones with no
// letter or digit.
func appendPara(out []string, p string) []string {
	p = normalizeSpace(p)
	if !hasAlnum(p) {
		return out
	}
	return append(out, p)
}

// normalizeSpace collapses runs of white space into single spaces.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// hasAlnum reports whether s contains a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
