package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprintf("worker %d did job %d", id, j)
	}
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i * 10
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)

	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	fmt.Println(<-b, <-b, len(b))

	jobs := make(chan int, 10)
	results := make(chan string, 10)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	n := 0
	for i := 0; i < 6; i++ {
		r := <-results
		if len(r) > 0 {
			n++
		}
	}
	fmt.Println("results", n)

	done := make(chan bool)
	data := make(chan int)
	go func() {
		sum := 0
		for {
			select {
			case x := <-data:
				sum += x
			case <-done:
				fmt.Println("sum", sum)
				done <- true
				return
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		data <- i
	}
	done <- true
	<-done
	select {
	case x := <-data:
		fmt.Println("unexpected", x)
	default:
		fmt.Println("no value ready")
	}
}
