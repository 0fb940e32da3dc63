// Package fs of memrun's runtime library (io/fs): what memrun compiles of it. The body-less
// functions and the names on the //memrun:unsupported lines are Go 1.27's API that memrun does
// not compile yet.
package fs

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

// Go 1.27's API that memrun does not compile yet.

func FormatDirEntry(dir DirEntry) string
func FormatFileInfo(info FileInfo) string
func Glob(fsys FS, pattern string) (matches []string, err error)
func ReadFile(fsys FS, name string) ([]byte, error)
func ReadLink(fsys FS, name string) (string, error)
func ValidPath(name string) bool
func WalkDir(fsys FS, root string, fn WalkDirFunc) error
func FileInfoToDirEntry(info FileInfo) DirEntry
func ReadDir(fsys FS, name string) ([]DirEntry, error)
func Sub(fsys FS, dir string) (FS, error)
func Lstat(fsys FS, name string) (FileInfo, error)
func Stat(fsys FS, name string) (FileInfo, error)
//memrun:unsupported ErrInvalid ErrPermission ErrExist ErrNotExist ErrClosed SkipAll SkipDir
//memrun:unsupported DirEntry FS File FileInfo FileMode ModeDir ModeAppend ModeExclusive
//memrun:unsupported ModeTemporary ModeSymlink ModeDevice ModeNamedPipe ModeSocket
//memrun:unsupported ModeSetuid ModeSetgid ModeCharDevice ModeSticky ModeIrregular ModeType
//memrun:unsupported ModePerm GlobFS ReadDirFS ReadDirFile ReadFileFS ReadLinkFS
//memrun:unsupported StatFS SubFS WalkDirFunc
