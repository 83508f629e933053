// Package dropped is the fixture of the droppederrors analyzer: each line
// marked `want` drops an error and must be reported; the others must not be.
package dropped

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func f() error { return nil }

func g() (int, error) { return 0, nil }

func dropped(name string) {
	os.Remove(name)            // want `the error of os.Remove is dropped`
	_ = os.Remove(name)        // want `the error of os.Remove is assigned to _`
	n, _ := strconv.Atoi(name) // want `the error of strconv.Atoi is assigned to _`
	_, _ = g()                 // want `the error of dropped.g is assigned to _`
	f()                        // want `the error of dropped.f is dropped`
	_, x := 1, f()             // no error dropped: x holds it
	_, _ = 1, f()              // want `the error of dropped.f is assigned to _`
	os.Stderr.WriteString("x") // want `the error of \(\*os.File\).WriteString is dropped`
	_ = n
	_ = x
	go func() {
		os.Remove(name) // want `the error of os.Remove is dropped`
	}()
	defer func() {
		_ = os.Remove(name) // want `the error of os.Remove is assigned to _`
	}()
}

func handled(name string) error {
	var b bytes.Buffer
	b.WriteString("never fails")
	var s strings.Builder
	s.WriteString("never fails")
	fmt.Println("standard output")
	fmt.Fprintln(os.Stderr, "a message")
	defer os.Remove(name)
	if err := os.Remove(name); err != nil && !os.IsNotExist(err) {
		return err
	}
	n, err := strconv.Atoi(name)
	_ = n
	return err
}
