// Package os of memrun's runtime library: what the built-in compiler supports of Go's package
// os. Its declarations are the package table's entries for "os": a function with a body is
// compiled into the library and called by programs; one without a body is part of Go's API
// that memrun does not compile yet (a program using it is rejected with "memrun: os.X is not
// supported yet"). Functions of package runtime are in reach without an import (a rule of the
// library only).
package os

// Args holds the command-line arguments, starting with the program name (set by runtime.rt0).
var Args []string

// Exit causes the current program to exit with the given status code.
func Exit(code int) {
	exit(code)
}

func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Environ() []string
func Open(name string) (*File, error)
func Create(name string) (*File, error)
func Remove(name string) error
func Getpid() int
func Hostname() (name string, err error)
func Getwd() (dir string, err error)
func Executable() (string, error)
func Readlink(name string) (string, error)
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func Stat(name string) (FileInfo, error)
func IsNotExist(err error) bool
func Chdir(dir string) error
func Pipe() (r *File, w *File, err error)

//memrun:unsupported Stdin Stdout Stderr File FileInfo FileMode Signal Interrupt Kill
