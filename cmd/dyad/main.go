// Command dyad turns news into event data: who did what to whom, when,
// where, and what they said. See README.md.
package main

import (
	"os"

	"github.com/dyad-project/dyad/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Stdio()))
}
