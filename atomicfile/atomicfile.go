// Package atomicfile writes files and directories so that a reader, or a
// process restarted after a crash, sees either the old content or the whole
// new content, never a partial write.
//
// Files are written to a temporary name in the same directory, synced to
// disk, then renamed over the target; the directory is synced after the
// rename. Directories are assembled in a temporary sibling and renamed into
// place by Stage.Commit.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile atomically replaces path with data. The file has mode perm when
// it appears under its final name.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("create temporary file for %s: %w", path, err)
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // no-op after a successful rename
	if err := writeSync(tmp, data, perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("rename into %s: %w", path, err)
	}
	return syncDir(dir)
}

// writeSync writes data to f, sets its mode, syncs it and closes it.
func writeSync(f *os.File, data []byte, perm os.FileMode) error {
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Chmod(perm)
	}
	if werr == nil {
		werr = f.Sync()
	}
	return errors.Join(werr, f.Close())
}

// syncDir makes a rename or creation in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open directory %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync directory %s: %w", dir, err)
	}
	return nil
}

// ErrExists reports an output directory that already exists.
var ErrExists = errors.New("already exists")

// Stage assembles a directory's content under a temporary name. Nothing
// appears under the final name until Commit succeeds; Abort (safe to defer
// after Commit) removes the temporary directory.
type Stage struct {
	final string
	tmp   string
	force bool
	done  bool
}

// NewStage prepares to write the directory final. It fails with ErrExists if
// final exists, unless force is set, in which case Commit replaces it.
func NewStage(final string, force bool) (*Stage, error) {
	final = filepath.Clean(final)
	if _, err := os.Lstat(final); err == nil && !force {
		return nil, fmt.Errorf("output directory %s: %w (use --force to replace it)", final, ErrExists)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("check output directory %s: %w", final, err)
	}
	parent, base := filepath.Split(final)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("create parent of %s: %w", final, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("create staging directory for %s: %w", final, err)
	}
	return &Stage{final: final, tmp: tmp, force: force}, nil
}

// WriteFile writes name (a plain file name) into the staged directory and
// syncs it.
func (s *Stage) WriteFile(name string, data []byte, perm os.FileMode) error {
	if name != filepath.Base(name) || name == "." || name == ".." {
		return fmt.Errorf("stage file %q: not a plain file name", name)
	}
	f, err := os.OpenFile(filepath.Join(s.tmp, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	if err := writeSync(f, data, perm); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// File is one file of a directory's content: a plain name and its data.
type File struct {
	Name string
	Data []byte
	Mode os.FileMode
}

// WriteFiles writes each file into the staged directory.
func (s *Stage) WriteFiles(files []File) error {
	for _, f := range files {
		if err := s.WriteFile(f.Name, f.Data, f.Mode); err != nil {
			return err
		}
	}
	return nil
}

// CommitFiles writes files into the staged directory and commits it.
func (s *Stage) CommitFiles(files []File) error {
	if err := s.WriteFiles(files); err != nil {
		return err
	}
	return s.Commit()
}

// Commit moves the staged directory to its final name, replacing an existing
// directory when the stage was created with force.
func (s *Stage) Commit() error {
	if s.done {
		return errors.New("stage already committed or aborted")
	}
	if err := syncDir(s.tmp); err != nil {
		return err
	}
	if err := os.Chmod(s.tmp, 0o700); err != nil {
		return fmt.Errorf("set mode of %s: %w", s.final, err)
	}
	var old string
	if s.force {
		if _, err := os.Lstat(s.final); err == nil {
			old = s.tmp + ".old"
			if err := os.Rename(s.final, old); err != nil {
				return fmt.Errorf("move existing %s aside: %w", s.final, err)
			}
		}
	}
	if err := os.Rename(s.tmp, s.final); err != nil {
		if old != "" {
			_ = os.Rename(old, s.final)
		}
		return fmt.Errorf("rename staged directory to %s: %w", s.final, err)
	}
	s.done = true
	if err := syncDir(filepath.Dir(s.final)); err != nil {
		return err
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("remove replaced %s: %w", s.final, err)
		}
	}
	return nil
}

// Abort removes the staged directory unless it was committed.
func (s *Stage) Abort() {
	if !s.done {
		s.done = true
		_ = os.RemoveAll(s.tmp)
	}
}
