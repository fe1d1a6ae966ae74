package devset

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	devsetDir  = "../../testdata/devset"
	cameoCodes = "../../../shared/cameo/cameo-codes.csv"
)

// TestDevSet parses the whole golden dev set and checks its size, coverage
// and codes.
func TestDevSet(t *testing.T) {
	items, err := ParseDir(devsetDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) < 520 {
		t.Errorf("dev set has %d items, want >= 520", len(items))
	}
	perRoot, none := coverage(items)
	if none < 60 {
		t.Errorf("dev set has %d none-items, want >= 60", none)
	}
	for r := 1; r <= 20; r++ {
		root := string([]byte{byte('0' + r/10), byte('0' + r%10)})
		if perRoot[root] < 18 {
			t.Errorf("root %s has %d items, want >= 18", root, perRoot[root])
		}
	}
	for _, it := range items {
		if it.Date == "" {
			t.Errorf("%s:%d: item has no @date", it.File, it.Line)
		}
		if n := len(strings.Fields(it.Sentence)); n > 45 {
			t.Errorf("%s:%d: sentence has %d words (max 45)", it.File, it.Line, n)
		}
	}
	t.Logf("%d items, %d none-items, per root %v", len(items), none, perRoot)
}

// coverage counts items having at least one event of each root, and
// none-items.
func coverage(items []Item) (map[string]int, int) {
	perRoot := map[string]int{}
	none := 0
	for _, it := range items {
		if it.None {
			none++
		}
		seen := map[string]bool{}
		for _, e := range it.Events {
			if !seen[e.Root()] {
				seen[e.Root()] = true
				perRoot[e.Root()]++
			}
		}
	}
	return perRoot, none
}

// TestDevSetFiles checks that every root file exists and that each of its
// items has an event of that root or is a none-item.
func TestDevSetFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(devsetDir, "[0-2][0-9]-*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 20 {
		t.Errorf("found %d root files, want 20", len(paths))
	}
	for _, p := range paths {
		root := filepath.Base(p)[:2]
		items, err := ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if !it.None && !hasRoot(it, root) {
				t.Errorf("%s:%d: no event of root %s", it.File, it.Line, root)
			}
		}
	}
}

// hasRoot reports whether the item expects an event of the root.
func hasRoot(it Item, root string) bool {
	for _, e := range it.Events {
		if e.Root() == root {
			return true
		}
	}
	return false
}

// TestDevSetCodesExist checks every code against the CAMEO codebook when
// ../shared is present.
func TestDevSetCodesExist(t *testing.T) {
	known, err := loadCodebook(cameoCodes)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", cameoCodes)
	}
	if err != nil {
		t.Fatal(err)
	}
	items, err := ParseDir(devsetDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		for _, e := range it.Events {
			if !known[e.Code] {
				t.Errorf("%s:%d: code %s not in the CAMEO codebook", it.File, it.Line, e.Code)
			}
		}
	}
}

// loadCodebook reads the code column of the CAMEO codebook CSV.
func loadCodebook(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, r := range rows[1:] {
		known[r[0]] = true
	}
	return known, nil
}

func BenchmarkParseDir(b *testing.B) {
	var size int64
	paths, _ := filepath.Glob(filepath.Join(devsetDir, "*.txt"))
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			size += fi.Size()
		}
	}
	b.SetBytes(size)
	for i := 0; i < b.N; i++ {
		if _, err := ParseDir(devsetDir); err != nil {
			b.Fatal(err)
		}
	}
}
