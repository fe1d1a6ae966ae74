package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// warcRecord is one WARC record: its position, headers and content block.
type warcRecord struct {
	num    int
	offset int64
	header textproto.MIMEHeader
	block  []byte // nil when the block exceeded the size cap
	length int64
}

// label names the record in error entries.
func (r *warcRecord) label() string {
	return fmt.Sprintf("record %d at offset %d", r.num, r.offset)
}

// warcReader reads WARC records one at a time from a stream.
type warcReader struct {
	br      *bufio.Reader // uncompressed WARC stream
	pos     int64         // uncompressed bytes consumed from br
	members *memberReader // nil for an uncompressed file
	max     int64
	num     int
	buf     []byte // holds the current record's block; reused by the next
}

// newWARCReader reads s, decompressing gzip member by member so that record
// offsets can be given as positions in the stored file.
func newWARCReader(s *source) *warcReader {
	w := &warcReader{max: s.max}
	if !s.gz {
		w.br = s.raw
		return w
	}
	w.members = &memberReader{src: &byteCounter{r: s.raw}}
	w.br = bufio.NewReaderSize(w.members, 64<<10)
	return w
}

// storedOffset maps an uncompressed position to an offset in the file: the
// start of the gzip member holding it, or the position itself.
func (w *warcReader) storedOffset(pos int64) int64 {
	if w.members == nil {
		return pos
	}
	return w.members.offsetOf(pos)
}

// next reads the next record. It returns io.EOF at a clean end of input;
// any other error comes with the record it concerns (num and offset set).
func (w *warcReader) next() (*warcRecord, error) {
	err := w.skipBlank()
	if err == io.EOF {
		return nil, err
	}
	w.num++
	rec := &warcRecord{num: w.num, offset: w.storedOffset(w.pos)}
	if err != nil {
		return rec, err
	}
	if err := w.readHeader(rec); err != nil {
		return rec, err
	}
	return rec, w.readBlock(rec)
}

// skipBlank consumes the blank lines between records.
func (w *warcReader) skipBlank() error {
	for {
		c, err := w.br.ReadByte()
		if err != nil {
			return err
		}
		if c != '\r' && c != '\n' {
			w.br.UnreadByte()
			return nil
		}
		w.pos++
	}
}

// readLine reads one header line without its line ending.
func (w *warcReader) readLine() (string, error) {
	line, err := w.br.ReadSlice('\n')
	w.pos += int64(len(line))
	if errors.Is(err, bufio.ErrBufferFull) {
		return "", errors.New("header line longer than 64 KB; not a WARC file?")
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return strings.TrimRight(string(line), "\r\n"), err
}

// readHeader reads the version line and the named fields.
func (w *warcReader) readHeader(rec *warcRecord) error {
	version, err := w.readLine()
	if err != nil {
		return err
	}
	if !strings.HasPrefix(version, "WARC/") {
		return fmt.Errorf("expected a WARC/1.x version line, found %q; the file is not WARC or is corrupt here", clip(version, 40))
	}
	rec.header = textproto.MIMEHeader{}
	for n := 0; ; n++ {
		line, err := w.readLine()
		if err != nil {
			return err
		}
		if line == "" {
			return w.contentLength(rec)
		}
		if n > 1000 {
			return errors.New("more than 1000 header fields; the record is corrupt")
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("malformed header line %q", clip(line, 60))
		}
		rec.header.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}
}

// contentLength parses the mandatory Content-Length field.
func (w *warcReader) contentLength(rec *warcRecord) error {
	v := rec.header.Get("Content-Length")
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("missing or bad Content-Length %q; the record is corrupt", v)
	}
	rec.length = n
	return nil
}

// readBlock reads the content block, or skips it when it is over the cap.
// The block's memory is reused for the next record's block, so a record
// must be done with before next is called again.
func (w *warcReader) readBlock(rec *warcRecord) error {
	if rec.length > w.max {
		n, err := io.CopyN(io.Discard, w.br, rec.length)
		w.pos += n
		return eofUnexpected(err)
	}
	if int64(cap(w.buf)) < rec.length || w.buf == nil {
		w.buf = make([]byte, max(rec.length, 4<<10))
	}
	rec.block = w.buf[:rec.length]
	n, err := io.ReadFull(w.br, rec.block)
	w.pos += int64(n)
	if err != nil {
		return fmt.Errorf("record truncated after %d of %d content bytes: %s", n, rec.length, describeReadErr(eofUnexpected(err)))
	}
	return nil
}

// eofUnexpected turns io.EOF into io.ErrUnexpectedEOF.
func eofUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// clip shortens s for an error message.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// byteCounter counts bytes consumed from a buffered reader; it implements
// io.ByteReader so that gzip reads exactly one member and no further.
type byteCounter struct {
	r *bufio.Reader
	n int64
}

func (b *byteCounter) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

func (b *byteCounter) ReadByte() (byte, error) {
	c, err := b.r.ReadByte()
	if err == nil {
		b.n++
	}
	return c, err
}

// member records where a gzip member starts, compressed and uncompressed.
type member struct{ upos, cpos int64 }

// memberReader decompresses a sequence of gzip members, one at a time,
// remembering where each starts.
type memberReader struct {
	src     *byteCounter
	zr      *gzip.Reader
	open    bool
	upos    int64
	members []member
}

// Read implements io.Reader over the concatenated members.
func (m *memberReader) Read(p []byte) (int, error) {
	for {
		if !m.open {
			if err := m.start(); err != nil {
				return 0, err
			}
		}
		n, err := m.zr.Read(p)
		m.upos += int64(n)
		if err == io.EOF {
			m.open = false
			if n > 0 {
				return n, nil
			}
			continue
		}
		return n, eofUnexpected(err)
	}
}

// start opens the next member, returning io.EOF at the end of the file.
func (m *memberReader) start() error {
	if _, err := m.src.r.Peek(1); err != nil {
		return err
	}
	m.members = append(m.members, member{upos: m.upos, cpos: m.src.n})
	var err error
	if m.zr == nil {
		m.zr, err = gzip.NewReader(m.src)
	} else {
		err = m.zr.Reset(m.src)
	}
	if err != nil {
		return eofUnexpected(err)
	}
	m.zr.Multistream(false)
	m.open = true
	return nil
}

// offsetOf returns the compressed offset of the member holding uncompressed
// position pos, forgetting older members.
func (m *memberReader) offsetOf(pos int64) int64 {
	i := len(m.members) - 1
	for i > 0 && m.members[i].upos > pos {
		i--
	}
	if i < 0 {
		return m.src.n
	}
	off := m.members[i].cpos
	m.members = m.members[i:]
	return off
}

// isHTTPResponse reports whether a block is an HTTP response message.
func isHTTPResponse(block []byte) bool {
	return bytes.HasPrefix(block, []byte("HTTP/"))
}
