package export

import (
	"bytes"
	"context"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
)

func TestSmoke(t *testing.T) {
	st := apitest.Open(t)
	for _, f := range []string{"gdelt", "csv", "plover", "parquet"} {
		var b bytes.Buffer
		n, err := Run(context.Background(), st.DB(), Options{Format: f, Out: &b})
		t.Logf("%s n=%d err=%v\n%.1500s", f, n, err, b.String())
	}
}
