package postag

// Hashing: a feature of the model is a template plus one or two string parts
// joined by spaces ("i-1 tag+i word VBD said"). Instead of building that
// string, each part is hashed with FNV-1a and the feature key mixes the
// template id with the part hashes, so tagging builds no strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvString returns the FNV-1a hash of s.
func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// fnvBytes returns the FNV-1a hash of b; equal to fnvString(string(b)).
func fnvBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// fmix64 is the MurmurHash3 finaliser.
func fmix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// featKey combines a template id and up to two part hashes into a table key
// (never 0, which marks an empty slot).
func featKey(tmpl int, a, b uint64) uint64 {
	h := fmix64(uint64(tmpl+1)*0x9e3779b97f4a7c15 ^ a)
	h = fmix64(h ^ b*0x94d049bb133111eb)
	if h == 0 {
		h = 1
	}
	return h
}

// table is an open-addressing hash table from a 64-bit key to a uint32.
type table struct {
	keys []uint64
	vals []uint32
	mask uint64
}

// newTable returns a table sized for n keys at a load factor below 0.5.
func newTable(n int) *table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
}

// insert stores v under k; it reports false when k is already present.
func (t *table) insert(k uint64, v uint32) bool {
	i := k & t.mask
	for {
		switch t.keys[i] {
		case 0:
			t.keys[i], t.vals[i] = k, v
			return true
		case k:
			return false
		}
		i = (i + 1) & t.mask
	}
}

// get returns the value stored under k.
func (t *table) get(k uint64) (uint32, bool) {
	i := k & t.mask
	for {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}
