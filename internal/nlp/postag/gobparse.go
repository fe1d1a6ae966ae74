package postag

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// The prose model stores its weights as an encoding/gob stream of a
// map[string]map[string]float64 (feature -> class -> weight). Decoding that
// with encoding/gob builds 75k Go maps; this reader walks the documented gob
// wire format directly and hands each entry to a sink.

var errShort = errors.New("unexpected end of gob data")

// gobReader reads gob primitives from a byte slice.
type gobReader struct {
	b   []byte
	off int
}

// uint reads a gob unsigned integer.
func (r *gobReader) uint() (uint64, error) {
	if r.off >= len(r.b) {
		return 0, errShort
	}
	c := r.b[r.off]
	r.off++
	if c < 0x80 {
		return uint64(c), nil
	}
	n := 256 - int(c) // byte count, sent negated
	if n > 8 || r.off+n > len(r.b) {
		return 0, fmt.Errorf("bad uint length %d at offset %d", n, r.off-1)
	}
	var v uint64
	for _, d := range r.b[r.off : r.off+n] {
		v = v<<8 | uint64(d)
	}
	r.off += n
	return v, nil
}

// int reads a gob signed integer.
func (r *gobReader) int() (int64, error) {
	u, err := r.uint()
	if u&1 != 0 {
		return ^int64(u >> 1), err
	}
	return int64(u >> 1), err
}

// bytes reads a length-prefixed byte string (a gob string).
func (r *gobReader) bytes() ([]byte, error) {
	n, err := r.uint()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(r.b)-r.off) {
		return nil, fmt.Errorf("string length %d overruns data at offset %d", n, r.off)
	}
	s := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return s, nil
}

// float reads a gob float64 (byte-reversed IEEE bits sent as a uint).
func (r *gobReader) float() (float64, error) {
	u, err := r.uint()
	return math.Float64frombits(bits.ReverseBytes64(u)), err
}

// weightSink receives the entries of a weights map.
type weightSink interface {
	// begin announces the number of features.
	begin(n int)
	// feature starts a feature with n class weights.
	feature(key []byte, n int) error
	// weight adds one class weight to the current feature.
	weight(class []byte, w float64) error
	// endFeature closes the current feature.
	endFeature() error
}

// parseWeights walks a gob stream holding one map[string]map[string]float64
// and feeds every entry to sink. Type definitions are skipped: the caller
// knows the value's type.
func parseWeights(data []byte, sink weightSink) error {
	r := &gobReader{b: data}
	for r.off < len(data) {
		n, err := r.uint()
		if err != nil {
			return err
		}
		if n > uint64(len(data)-r.off) {
			return fmt.Errorf("message length %d overruns data at offset %d", n, r.off)
		}
		end := r.off + int(n)
		id, err := r.int()
		if err != nil {
			return err
		}
		if id < 0 { // type definition
			r.off = end
			continue
		}
		msg := &gobReader{b: data[:end], off: r.off}
		if d, err := msg.uint(); err != nil || d != 0 {
			return fmt.Errorf("value message at offset %d: want singleton delta 0", r.off)
		}
		return parseOuter(msg, sink)
	}
	return errors.New("gob stream holds no value")
}

// parseOuter reads the feature -> (class -> weight) map.
func parseOuter(r *gobReader, sink weightSink) error {
	count, err := r.uint()
	if err != nil {
		return err
	}
	if count > uint64(len(r.b)-r.off) {
		return fmt.Errorf("map length %d overruns data", count)
	}
	sink.begin(int(count))
	for i := uint64(0); i < count; i++ {
		key, err := r.bytes()
		if err != nil {
			return fmt.Errorf("feature %d: %w", i, err)
		}
		if err := parseInner(r, key, sink); err != nil {
			return fmt.Errorf("feature %q: %w", key, err)
		}
	}
	return nil
}

// parseInner reads one class -> weight map.
func parseInner(r *gobReader, key []byte, sink weightSink) error {
	n, err := r.uint()
	if err != nil {
		return err
	}
	if n > uint64(len(r.b)-r.off) {
		return fmt.Errorf("map length %d overruns data", n)
	}
	if err := sink.feature(key, int(n)); err != nil {
		return err
	}
	for j := uint64(0); j < n; j++ {
		class, err := r.bytes()
		if err != nil {
			return err
		}
		w, err := r.float()
		if err != nil {
			return err
		}
		if err := sink.weight(class, w); err != nil {
			return err
		}
	}
	return sink.endFeature()
}
