package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dyad-project/dyad/internal/doc"
)

// ContentHash is the hex SHA-256 of the document's normalised title, a
// newline, and its normalised text. Normalising applies Unicode NFC and
// collapses every run of white space to one space, trimming the ends, so
// re-wrapped copies of an article hash alike.
func ContentHash(d *doc.Document) string {
	h := sha256.New()
	h.Write([]byte(normalise(d.Title)))
	h.Write([]byte{'\n'})
	h.Write([]byte(normalise(d.Text)))
	return hex.EncodeToString(h.Sum(nil))
}

// normalise is NFC with white space collapsed and trimmed.
func normalise(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// errKey identifies an ingest error so a re-run does not record it twice.
func errKey(e doc.ErrorEntry) string {
	h := sha256.Sum256([]byte(e.Input + "\x00" + e.Record + "\x00" + e.Message))
	return hex.EncodeToString(h[:])
}

// validUTF8 replaces each byte of an invalid UTF-8 sequence with '?', keeping
// byte offsets valid; DuckDB rejects or mangles invalid VARCHAR data.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = '?'
		}
		i += n
	}
	return string(b)
}
