package main

import "fmt"

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}

func (s *Stack) Peek() int { return s.data[len(s.data)-1] }
func (s Stack) Len() int   { return len(s.data) }

type Queue struct {
	items []string
	head  int
}

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }

func (q *Queue) Dequeue() (string, bool) {
	if q.head >= len(q.items) {
		return "", false
	}
	s := q.items[q.head]
	q.head++
	if q.head > 2 && q.head*2 >= len(q.items) {
		n := copy(q.items, q.items[q.head:])
		q.items = q.items[:n]
		q.head = 0
	}
	return s, true
}

func (q Queue) Len() int { return len(q.items) - q.head }

// evalRPN evaluates a reverse-Polish expression of single digits.
func evalRPN(expr string) (int, bool) {
	var st Stack
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		if c >= '0' && c <= '9' {
			st.Push(int(c - '0'))
			continue
		}
		if c == ' ' {
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, false
		}
		switch c {
		case '+':
			st.Push(a + b)
		case '-':
			st.Push(a - b)
		case '*':
			st.Push(a * b)
		}
	}
	if st.Len() != 1 {
		return 0, false
	}
	return st.Peek(), true
}

func balanced(s string) bool {
	stack := []byte{}
	pairs := [3][2]byte{{'(', ')'}, {'[', ']'}, {'{', '}'}}
	for i := 0; i < len(s); i++ {
		for k := 0; k < len(pairs); k++ {
			if s[i] == pairs[k][0] {
				stack = append(stack, s[i])
			} else if s[i] == pairs[k][1] {
				if len(stack) == 0 || stack[len(stack)-1] != pairs[k][0] {
					return false
				}
				stack = stack[:len(stack)-1]
			}
		}
	}
	return len(stack) == 0
}

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Peek(), s.data)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, ok := s.Pop()
	fmt.Println(ok)

	exprs := []string{"34+2*", "9 3 - 4 *", "12", "1+", "56*7-"}
	for i := 0; i < len(exprs); i++ {
		v, ok := evalRPN(exprs[i])
		fmt.Printf("%-10q %4d %v\n", exprs[i], v, ok)
	}
	tests := [...]string{"([]{})", "([)]", "((", "", "{[()()]}"}
	for i := 0; i < len(tests); i++ {
		fmt.Println(tests[i], balanced(tests[i]))
	}

	q := &Queue{}
	names := []string{"ann", "ben", "cat", "dan", "eve"}
	for i := 0; i < len(names); i++ {
		q.Enqueue(names[i])
	}
	for i := 0; i < 3; i++ {
		n, _ := q.Dequeue()
		fmt.Print(n, " ")
	}
	fmt.Println(q.Len(), q.items, q.head)
	q.Enqueue("fay")
	for q.Len() > 0 {
		n, _ := q.Dequeue()
		fmt.Print(n, " ")
	}
	_, ok = q.Dequeue()
	fmt.Println(ok, q.Len())
}
