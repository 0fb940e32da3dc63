package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker stopped")
	select {
	case <-tk.C:
		fmt.Println("stale tick (wrong)")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no stale tick")
	}
	<-t.C
}
