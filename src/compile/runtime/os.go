// Package os of memrun's runtime library: what the built-in compiler supports of Go's package
// os. Its declarations are the package table's entries for "os": a function with a body is
// compiled into the library and called by programs; one without a body is part of Go 1.27's API
// that memrun does not compile yet (a program using it is rejected with "memrun: os.X is not
// supported yet"), as are the names the //memrun:unsupported lines list. Functions of package
// runtime are in reach without an import (a rule of the library only).
package os

// Args holds the command-line arguments, starting with the program name (set by runtime.rt0).
var Args []string

// Exit causes the current program to exit with the given status code.
func Exit(code int) {
	exit(code)
}

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
func NewFile(fd uintptr, name string) *File
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
//memrun:unsupported ErrDeadlineExceeded ErrProcessDone ErrNoHandle Stdin Stdout Stderr
//memrun:unsupported DirEntry File FileInfo FileMode LinkError PathError ProcAttr Process
//memrun:unsupported ProcessState Root Signal Interrupt Kill SyscallError
