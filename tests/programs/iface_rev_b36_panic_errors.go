package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred")
	_, err := os.NewFile(99, "nf").Write([]byte("z"))
	panic(errors.Join(err, fmt.Errorf("wrapped: %w", errors.New("x\ty"))))
}
