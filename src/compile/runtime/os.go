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
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: ErrClosed}
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
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &fs.PathError{Op: "write", Path: f.name, Err: ErrClosed}
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

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    error = fs.ErrInvalid
	ErrPermission error = fs.ErrPermission
	ErrExist      error = fs.ErrExist
	ErrNotExist   error = fs.ErrNotExist
	ErrClosed     error = fs.ErrClosed
)

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	out := make([]string, len(envs))
	copy(out, envs)
	return out
}

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it is present (the first of several).
func LookupEnv(key string) (string, bool) {
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Getenv retrieves the value of the environment variable named by the key ("" if absent).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func validEnvKey(key string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	ok := validEnvKey(key)
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			ok = false
		}
	}
	if !ok {
		return errors.New("setenv: invalid argument")
	}
	kv := key + "=" + value
	for i, e := range envs {
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			envs[i] = kv
			return nil
		}
	}
	envs = append(envs, kv)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	out := envs[:0]
	for _, e := range envs {
		if !(len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key) {
			out = append(out, e)
		}
	}
	envs = out
	return nil
}

// cstring is s NUL-terminated, for a system call.
func cstring(s string) uintptr {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return sliceaddr(b)
}

// OpenFile opens the named file with the specified flag (O_RDONLY etc.), creating it with
// mode perm (before umask) if needed.
func OpenFile(name string, flag int, perm fs.FileMode) (*File, error) {
	for {
		r := syscall6(2, int(cstring(name)), flag|0x80000, int(perm&0777), 0, 0, 0) // O_CLOEXEC
		if r == -4 {
			continue
		}
		if r < 0 {
			return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.Errno(-r)}
		}
		return NewFile(uintptr(r), name), nil
	}
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// Close closes the File; a second Close reports fs.ErrClosed.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	r := syscall6(3, f.fd, 0, 0, 0, 0, 0)
	f.fd = -1
	if r < 0 && r != -4 {
		return &fs.PathError{Op: "close", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// ReadFile reads the named file and returns its contents; reaching the end is not an error.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it (with perm) if necessary, else
// truncating it.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	p := cstring(name)
	e := syscall6(87, int(p), 0, 0, 0, 0, 0) // unlink
	if e == 0 {
		return nil
	}
	e1 := syscall6(84, int(p), 0, 0, 0, 0, 0) // rmdir
	if e1 == 0 {
		return nil
	}
	if e1 != -20 { // ENOTDIR: report unlink's error
		e = e1
	}
	return &fs.PathError{Op: "remove", Path: name, Err: syscall.Errno(-e)}
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm fs.FileMode) error {
	r := syscall6(83, int(cstring(name)), int(perm&0777), 0, 0, 0, 0)
	if r < 0 {
		return &fs.PathError{Op: "mkdir", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Go 1.27's API that memrun does not compile yet.

func Chdir(dir string) error
func Chmod(name string, mode FileMode) error
func Chown(name string, uid, gid int) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Clearenv()
func CopyFS(dir string, fsys fs.FS) error
func DirFS(dir string) fs.FS
func Executable() (string, error)
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Getegid() int
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
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func NewSyscallError(syscall string, err error) error
func Pipe() (r *File, w *File, err error)
func Readlink(name string) (string, error)
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func SameFile(fi1, fi2 FileInfo) bool
func Symlink(oldname, newname string) error
func TempDir() string
func Truncate(name string, size int64) error
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)
func UserHomeDir() (string, error)
func ReadDir(name string) ([]DirEntry, error)
func CreateTemp(dir, pattern string) (*File, error)
func OpenInRoot(dir, name string) (*File, error)
func Lstat(name string) (FileInfo, error)
func Stat(name string) (FileInfo, error)
func FindProcess(pid int) (*Process, error)
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)
func OpenRoot(name string) (*Root, error)

//memrun:unsupported SEEK_SET SEEK_CUR SEEK_END PathSeparator PathListSeparator ModeDir
//memrun:unsupported ModeAppend ModeExclusive ModeTemporary ModeSymlink ModeDevice
//memrun:unsupported ModeNamedPipe ModeSocket ModeSetuid ModeSetgid ModeCharDevice
//memrun:unsupported ModeSticky ModeIrregular ModeType ModePerm DevNull 
//memrun:unsupported ErrNoDeadline
//memrun:unsupported ErrDeadlineExceeded ErrProcessDone ErrNoHandle
//memrun:unsupported DirEntry FileInfo FileMode LinkError PathError ProcAttr Process
//memrun:unsupported ProcessState Root Signal Interrupt Kill SyscallError
