// Package fs of memrun's runtime library (io/fs): what memrun compiles of it. The body-less
// functions and the names on the //memrun:unsupported lines are Go 1.27's API that memrun does
// not compile yet.
package fs

import (
	"errors"
	"time"
)

// Generic file system errors.
var (
	ErrInvalid    error = errors.New("invalid argument")
	ErrPermission error = errors.New("permission denied")
	ErrExist      error = errors.New("file already exists")
	ErrNotExist   error = errors.New("file does not exist")
	ErrClosed     error = errors.New("file already closed")
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String returns the mode as ls prints it: a letter per set type bit (dalTLDpSugct?), else
// '-', then the permission bits as rwxrwxrwx.
func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m.
func (m FileMode) Type() FileMode { return m & ModeType }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string {
	return e.Op + " " + e.Path + ": " + e.Err.Error()
}

func (e *PathError) Unwrap() error {
	return e.Err
}

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// WalkDirFunc is the type of the function called by WalkDir to visit each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// SkipDir, returned by a WalkDirFunc, skips the directory (or the rest of the file's
// directory).
var SkipDir error = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, skips all remaining files and directories.
var SkipAll error = errors.New("skip everything and stop the walk")

// FormatFileInfo returns a formatted version of info: mode, size, time and name ("/" after
// a directory's).
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	usize := uint64(size)
	if size < 0 {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		buf[i] = byte(usize%10) + '0'
		i--
		usize /= 10
	}
	buf[i] = byte(usize) + '0'
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns a formatted version of dir: its type and name ("/" after a
// directory's).
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string               { return d.info.Name() }
func (d *statDirEntry) IsDir() bool                { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode             { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error)    { return d.info, nil }
func (d *statDirEntry) String() string             { return FormatDirEntry(d) }

// FileInfoToDirEntry returns a DirEntry that returns information from info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info: info}
}

// Go 1.27's API that memrun does not compile yet.

func Glob(fsys FS, pattern string) (matches []string, err error)
func ReadFile(fsys FS, name string) ([]byte, error)
func ReadLink(fsys FS, name string) (string, error)
func ValidPath(name string) bool
func WalkDir(fsys FS, root string, fn WalkDirFunc) error
func ReadDir(fsys FS, name string) ([]DirEntry, error)
func Sub(fsys FS, dir string) (FS, error)
func Lstat(fsys FS, name string) (FileInfo, error)
func Stat(fsys FS, name string) (FileInfo, error)
//memrun:unsupported FS File
//memrun:unsupported GlobFS ReadDirFS ReadDirFile ReadFileFS ReadLinkFS
//memrun:unsupported StatFS SubFS
