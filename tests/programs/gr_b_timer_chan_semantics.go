package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("timer chan len/cap:", len(t.C), cap(t.C))
	time.Sleep(40 * time.Millisecond)
	fmt.Println("after expiry len:", len(t.C))
	fmt.Println("stop after expiry (undrained):", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value (pre-1.23 behaviour)")
	default:
		fmt.Println("no stale value after Stop")
	}
	t.Reset(20 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("reset on expired undrained:", t.Reset(20*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("got value after reset, waited >=15ms:", time.Since(start) >= 15*time.Millisecond)
	tk := time.NewTicker(10 * time.Millisecond)
	fmt.Println("ticker chan len/cap:", len(tk.C), cap(tk.C))
	time.Sleep(35 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tk.C:
			n++
			continue
		default:
		}
		break
	}
	fmt.Println("ticks buffered after 35ms:", n)
	tk.Reset(20 * time.Millisecond)
	tk.Stop()
	c := time.After(10 * time.Millisecond)
	fmt.Println("After chan cap:", cap(c))
	fmt.Printf("type %T\n", c)
}
