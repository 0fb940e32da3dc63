// Package os of memrun's runtime library: what the built-in compiler supports of Go's package
// os. Its declarations are the package table's entries for "os": a function with a body is
// compiled into the library and called by programs; one without a body is part of Go 1.27's API
// that memrun does not compile yet (a program using it is rejected with "memrun: os.X is not
// supported yet"), as are the names the //memrun:unsupported lines list. Functions of package
// runtime are in reach without an import (a rule of the library only).
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// Args holds the command-line arguments, starting with the program name (set by runtime.rt0).
var Args []string

// Exit causes the current program to exit with the given status code.
func Exit(code int) {
	exit(code)
}

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout and Stderr are open Files for the standard file descriptors (set by the
// runtime at start-up).
var Stdin *File
var Stdout *File
var Stderr *File

// NewFile returns a new File with the given file descriptor and name (nil for an invalid
// descriptor).
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{int(fd), name}
}

// Name returns the name of the file as presented to Open (or NewFile).
func (f *File) Name() string {
	return f.name
}

// Fd returns the file descriptor (^uintptr(0) for a nil File).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File; an error is a *PathError.
func (f *File) Write(b []byte) (n int, err error) {
	return f.write(string(b))
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.write(s)
}

// Read reads up to len(b) bytes from the File into b; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		r := syscall6(0, f.fd, int(sliceaddr(b)), len(b), 0, 0, 0)
		if r == -4 {
			continue // EINTR
		}
		if r < 0 {
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: syscall.Errno(-r)}
		}
		if r == 0 {
			return 0, io.EOF
		}
		return r, nil
	}
}

func (f *File) write(s string) (int, error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	p := strptr(s)
	n := 0
	for {
		// At least one write(2), even of nothing: a bad descriptor is reported.
		r := syscall6(1, f.fd, int(p)+n, len(s)-n, 0, 0, 0)
		if r == -4 {
			continue // EINTR
		}
		if r < 0 {
			return n, &fs.PathError{Op: "write", Path: f.name, Err: syscall.Errno(-r)}
		}
		n += r
		if n >= len(s) {
			return n, nil
		}
	}
}

func (f *File) Chdir() error
func (f *File) Chmod(mode FileMode) error
func (f *File) Chown(uid, gid int) error
func (f *File) Close() error
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) ReadFrom(r io.Reader) (n int64, err error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) Stat() (FileInfo, error)
func (f *File) Sync() error
func (f *File) SyscallConn() (syscall.RawConn, error)
func (f *File) Truncate(size int64) error
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) WriteTo(w io.Writer) (n int64, err error)

// Go 1.27's API that memrun does not compile yet.

func Chdir(dir string) error
func Chmod(name string, mode FileMode) error
func Chown(name string, uid, gid int) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Clearenv()
func CopyFS(dir string, fsys fs.FS) error
func DirFS(dir string) fs.FS
func Environ() []string
func Executable() (string, error)
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Getegid() int
func Getenv(key string) string
func Geteuid() int
func Getgid() int
func Getgroups() ([]int, error)
func Getpagesize() int
func Getpid() int
func Getppid() int
func Getuid() int
func Getwd() (dir string, err error)
func Hostname() (name string, err error)
func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPathSeparator(c uint8) bool
func IsPermission(err error) bool
func IsTimeout(err error) bool
func Lchown(name string, uid, gid int) error
func Link(oldname, newname string) error
func LookupEnv(key string) (string, bool)
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func NewSyscallError(syscall string, err error) error
func Pipe() (r *File, w *File, err error)
func ReadFile(name string) ([]byte, error)
func Readlink(name string) (string, error)
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func SameFile(fi1, fi2 FileInfo) bool
func Setenv(key, value string) error
func Symlink(oldname, newname string) error
func TempDir() string
func Truncate(name string, size int64) error
func Unsetenv(key string) error
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)
func UserHomeDir() (string, error)
func WriteFile(name string, data []byte, perm FileMode) error
func ReadDir(name string) ([]DirEntry, error)
func Create(name string) (*File, error)
func CreateTemp(dir, pattern string) (*File, error)
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func OpenInRoot(dir, name string) (*File, error)
func Lstat(name string) (FileInfo, error)
func Stat(name string) (FileInfo, error)
func FindProcess(pid int) (*Process, error)
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)
func OpenRoot(name string) (*Root, error)

//memrun:unsupported O_RDONLY O_WRONLY O_RDWR O_APPEND O_CREATE O_EXCL O_SYNC O_TRUNC
//memrun:unsupported SEEK_SET SEEK_CUR SEEK_END PathSeparator PathListSeparator ModeDir
//memrun:unsupported ModeAppend ModeExclusive ModeTemporary ModeSymlink ModeDevice
//memrun:unsupported ModeNamedPipe ModeSocket ModeSetuid ModeSetgid ModeCharDevice
//memrun:unsupported ModeSticky ModeIrregular ModeType ModePerm DevNull ErrInvalid
//memrun:unsupported ErrPermission ErrExist ErrNotExist ErrClosed ErrNoDeadline
//memrun:unsupported ErrDeadlineExceeded ErrProcessDone ErrNoHandle
//memrun:unsupported DirEntry FileInfo FileMode LinkError PathError ProcAttr Process
//memrun:unsupported ProcessState Root Signal Interrupt Kill SyscallError
