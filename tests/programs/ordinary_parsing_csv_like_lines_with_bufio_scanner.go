// Parsing CSV-like lines with bufio.Scanner
package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const data = `name,department,salary,years
Alice,Engineering,120000,5
Bob,Marketing,85000,3
Carol,Engineering,135000,8
Dan,Sales,70000,1
Erin,Marketing,92000,6
# comment line
Frank,Sales,bad,2
`

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Years  int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	var emps []Employee
	lineNo := 0
	var header []string
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, ",")
		if header == nil {
			header = fields
			continue
		}
		sal, err := strconv.Atoi(fields[2])
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		yrs, _ := strconv.Atoi(fields[3])
		emps = append(emps, Employee{fields[0], fields[1], sal, yrs})
	}
	fmt.Println("header:", header)
	byDept := map[string][]Employee{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := []string{"Engineering", "Marketing", "Sales"}
	for _, d := range depts {
		total := 0
		for _, e := range byDept[d] {
			total += e.Salary
		}
		n := len(byDept[d])
		fmt.Printf("%-12s n=%d avg=%10.2f\n", d, n, float64(total)/float64(n))
	}
	fmt.Printf("%v\n", emps[0])
	fmt.Printf("%+v\n", emps[len(emps)-1])
}
