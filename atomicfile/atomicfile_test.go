package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.json")
	for _, content := range []string{"first", "second"} {
		if err := WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read back %q, %v; want %q", got, err, content)
		}
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileMissingDir(t *testing.T) {
	err := WriteFile(filepath.Join(t.TempDir(), "missing", "f"), []byte("x"), 0o600)
	if err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
}

func TestStage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")

	s, err := NewStage(out, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteFile("a", []byte("1"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("output visible before commit")
	}
	if err := s.WriteFile("../escape", nil, 0o600); err == nil {
		t.Fatal("path outside the stage accepted")
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	s.Abort() // must not remove a committed directory
	if got, _ := os.ReadFile(filepath.Join(out, "a")); string(got) != "1" {
		t.Fatalf("committed content %q", got)
	}

	if _, err := NewStage(out, false); !errors.Is(err, ErrExists) {
		t.Fatalf("existing output: got %v, want ErrExists", err)
	}

	s, err = NewStage(out, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteFile("b", []byte("2"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "a")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("forced replace kept old content")
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Fatalf("staging leftovers: %v", entries)
	}
}

func TestStageAbort(t *testing.T) {
	parent := t.TempDir()
	s, err := NewStage(filepath.Join(parent, "out"), false)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteFile("a", []byte("1"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.Abort()
	entries, _ := os.ReadDir(parent)
	if len(entries) != 0 {
		t.Fatalf("abort left %v", entries)
	}
}
