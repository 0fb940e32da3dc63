package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `date,region,product,units,price
2024-01-03,north,widget,12,2.50
2024-01-03,south,gadget,3,19.99
2024-01-04,north,gadget,5,19.99
2024-01-04,east,widget,,2.50
2024-01-05,south,widget,30,2.45
bad line here
2024-01-05,east,gizmo,7,n/a
2024-01-06,north,widget,8,2.55
`

type Row struct {
	Date, Region, Product string
	Units                 int
	Price                 float64
}

func parse(s string) ([]Row, []string) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	header := strings.Split(lines[0], ",")
	fmt.Println("columns:", len(header), header)
	var rows []Row
	var problems []string
	for i, line := range lines[1:] {
		f := strings.Split(line, ",")
		if len(f) != len(header) {
			problems = append(problems, fmt.Sprintf("line %d: %d fields", i+2, len(f)))
			continue
		}
		units, err := strconv.Atoi(f[3])
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", i+2, err))
			continue
		}
		price, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", i+2, err))
			continue
		}
		rows = append(rows, Row{f[0], f[1], f[2], units, price})
	}
	return rows, problems
}

func main() {
	rows, problems := parse(data)
	fmt.Println("rows", len(rows), "cap", cap(rows))
	for _, p := range problems {
		fmt.Println(" !", p)
	}
	revenue := map[string]float64{}
	units := map[string][]int{}
	for _, r := range rows {
		revenue[r.Region] += float64(r.Units) * r.Price
		units[r.Product] = append(units[r.Product], r.Units)
	}
	regions := make([]string, 0)
	for k := range revenue {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	for _, k := range regions {
		fmt.Printf("%-6s %8.2f %v\n", k, revenue[k], revenue[k])
	}
	prods := []string{"gadget", "gizmo", "widget"}
	for _, p := range prods {
		fmt.Println(p, units[p], len(units[p]), cap(units[p]))
	}
	var out strings.Builder
	for _, r := range rows {
		out.WriteString(strings.Join([]string{r.Date[5:], strings.ToUpper(r.Region[:1]), strconv.Itoa(r.Units), strconv.FormatFloat(r.Price, 'f', -1, 64)}, ";"))
		out.WriteString("\n")
	}
	fmt.Print(out.String())
}
