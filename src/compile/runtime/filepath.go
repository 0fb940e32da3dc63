// Package filepath of memrun's runtime library (path/filepath): file name paths of Linux,
// where they are the slash-separated paths of package path, and walking the file tree.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
)

// The separators of Linux paths.
const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error = errors.New("syntax error in pattern")

// SkipDir and SkipAll are io/fs's, for WalkFunc and WalkDirFunc.
var SkipDir error = fs.SkipDir
var SkipAll error = fs.SkipAll

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Clean returns the shortest path name equivalent to path (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins the non-empty elements with separators and cleans the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, cleaned.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Split splits path after its last separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// ToSlash returns path with separators replaced by slashes (the same on Linux).
func ToSlash(p string) string { return p }

// FromSlash returns path with slashes replaced by separators (the same on Linux).
func FromSlash(p string) string { return p }

// VolumeName returns the leading volume name ("" on Linux).
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator ($PATH); empty for "".
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] == ListSeparator {
			out = append(out, p[start:i])
			start = i + 1
		}
	}
	return append(out, p[start:])
}

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	ok, err := path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return ok, nil
}

// HasPrefix exists for historical compatibility and should not be used: a byte-wise prefix
// test.
func HasPrefix(p, prefix string) bool {
	return len(p) >= len(prefix) && p[:len(prefix)] == prefix
}

// Abs returns an absolute representation of path, joined to the working directory if it is
// relative.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// IsLocal reports whether path is local: relative, not empty, and not reaching outside the
// directory it is evaluated in.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	c := Clean(p)
	return !(c == ".." || len(c) >= 3 && c[:3] == "../")
}

// Localize converts a slash-separated path into an operating system path (an error for a
// path that fs.ValidPath rejects or that holds a NUL).
func Localize(p string) (string, error) {
	if !validPath(p) {
		return "", errors.New("invalid path")
	}
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return "", errors.New("invalid path")
		}
	}
	return p, nil
}

// validPath is io/fs's ValidPath: unrooted, slash-separated, without "." or ".." elements
// (except "." alone) or empty ones.
func validPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath, or an error if there is none (one absolute and one relative path, or a base
// that climbs with "..").
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if (len(base) > 0 && base[0] == '/') != (len(targ) > 0 && targ[0] == '/') {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// The first elements that differ: base[b0:bi] and targ[t0:ti].
	bl, tl := len(base), len(targ)
	b0, bi, t0, ti := 0, 0, 0, 0
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// Up from what is left of base, then down into what is left of targ.
	out := make([]byte, 0, bl-b0+tl-t0+3)
	out = append(out, '.', '.')
	for i := b0; i < bl; i++ {
		if base[i] == '/' {
			out = append(out, '/', '.', '.')
		}
	}
	if t0 != tl {
		out = append(out, '/')
		out = append(out, targ[t0:]...)
	}
	return Clean(string(out)), nil
}

// hasMeta reports whether path holds any of the pattern characters *?[\.
func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Glob returns the names of all files matching pattern (nil if there are none), ignoring
// I/O errors; the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return glob(pattern, 0)
}

func glob(pattern string, depth int) ([]string, error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := glob(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		matches, err = globDir(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends the names in dir that match pattern, in sorted order.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	names, _ := d.Readdirnames(-1)
	d.Close()
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in
// lexical order, the root included; symbolic links are not followed.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// A second call reports the error reading the directory.
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk walks the file tree rooted at root, calling fn with each file's FileInfo in lexical
// order, the root included; symbolic links are not followed. WalkDir is more efficient.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := dirNames(p)
	err1 := fn(p, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		file := Join(p, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil && (!fi.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

// dirNames reads a directory's names, sorted.
func dirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// Go 1.27's API that memrun does not compile yet.

func EvalSymlinks(path string) (string, error)
