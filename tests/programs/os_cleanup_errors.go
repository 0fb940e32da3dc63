package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

func describe(label string, err error, base string) {
	if err == nil {
		fmt.Printf("%-14s ok\n", label)
		return
	}
	msg := strings.ReplaceAll(err.Error(), base, "$TMP")
	fmt.Printf("%-14s %s\n", label, msg)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%-14s   op=%s path=%s err=%v\n", "", pe.Op, strings.ReplaceAll(pe.Path, base, "$TMP"), pe.Err)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Printf("%-14s   link op=%s err=%v\n", "", le.Op, le.Err)
	}
	fmt.Printf("%-14s   notexist=%v exist=%v perm=%v enotdir=%v enotempty=%v\n", "",
		errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrExist), errors.Is(err, fs.ErrPermission),
		errors.Is(err, syscall.ENOTDIR), errors.Is(err, syscall.ENOTEMPTY))
}

func main() {
	base, err := os.MkdirTemp("", "cleanup-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)
	lock := filepath.Join(base, "app.lock")
	logs := filepath.Join(base, "logs")

	_, err = os.Open(filepath.Join(base, "missing.conf"))
	describe("open missing", err, base)
	_, err = os.Stat(lock)
	describe("stat lock", err, base)
	fmt.Println("IsNotExist:", os.IsNotExist(err), "IsExist:", os.IsExist(err))

	err = os.WriteFile(lock, []byte("4242\n"), 0o644)
	describe("create lock", err, base)
	f, err := os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	describe("excl create", err, base)
	if f != nil {
		f.Close()
	}
	os.Chmod(lock, 0o640)
	fi, err := os.Stat(lock)
	if err == nil {
		fmt.Printf("lock: name=%s size=%d mode=%v dir=%v regular=%v\n", fi.Name(), fi.Size(), fi.Mode().Perm(), fi.IsDir(), fi.Mode().IsRegular())
	}
	_, err = os.ReadFile(filepath.Join(lock, "child"))
	describe("file as dir", err, base)
	err = os.Mkdir(lock, 0o755)
	describe("mkdir on file", err, base)

	os.MkdirAll(filepath.Join(logs, "old"), 0o755)
	os.WriteFile(filepath.Join(logs, "a.log"), []byte("x"), 0o644)
	err = os.Remove(logs)
	describe("rm nonempty", err, base)
	err = os.Remove(filepath.Join(base, "ghost"))
	describe("rm missing", err, base)
	err = os.RemoveAll(filepath.Join(base, "ghost"))
	describe("rmall missing", err, base)
	err = os.Rename(filepath.Join(base, "ghost"), filepath.Join(base, "ghost2"))
	describe("rename", err, base)
	_, err = os.ReadDir(lock)
	describe("readdir file", err, base)

	f, _ = os.Open(lock)
	buf := make([]byte, 3)
	for {
		n, err := f.Read(buf)
		fmt.Printf("read n=%d %q err=%v eof=%v\n", n, buf[:n], err, err == io.EOF)
		if err != nil {
			break
		}
	}
	f.Close()
	_, err = f.Read(buf)
	describe("read closed", err, base)
	fmt.Println("ErrClosed:", errors.Is(err, os.ErrClosed))
	err = f.Close()
	describe("double close", err, base)

	os.Chmod(lock, 0o400)
	fi, _ = os.Lstat(lock)
	fmt.Println("mode after chmod:", fi.Mode(), fi.Mode().Perm()&0o200 == 0)
	err = os.Truncate(filepath.Join(base, "nope"), 0)
	describe("truncate", err, base)
	wrapped := fmt.Errorf("cleanup step 3: %w", err)
	fmt.Println(strings.ReplaceAll(wrapped.Error(), base, "$TMP"), errors.Is(wrapped, os.ErrNotExist), errors.Unwrap(wrapped) == err)
	fmt.Println(fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrInvalid)
}
