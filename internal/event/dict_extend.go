package event

// ExtendCodebook adds to cb every code that the patterns use and cb lacks,
// as a user-defined code (Goldstein 0, no PLOVER type), and returns the
// codes it added. User dictionaries (PETRARCH verb files especially) may
// define codes of their own.
func ExtendCodebook(cb Codebook, ps *PatternSet) []string {
	var added []string
	for _, p := range ps.Patterns {
		for _, code := range []string{p.Code, p.Reverse} {
			if _, ok := cb[code]; ok || code == "" || code == NullCode {
				continue
			}
			cb[code] = CodeInfo{Code: code, PLOVER: "-", Name: "user-defined code"}
			added = append(added, code)
		}
	}
	return added
}
