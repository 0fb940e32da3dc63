package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type row struct {
	region string
	item   string
	qty    int
	price  float64
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var rows []row
	lineNo := 0
	bad := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if lineNo == 1 && strings.HasPrefix(line, "region,") {
			continue
		}
		parts := strings.Split(line, ",")
		if len(parts) != 4 {
			fmt.Printf("line %d: want 4 fields, got %d\n", lineNo, len(parts))
			bad++
			continue
		}
		qty, err := strconv.Atoi(strings.TrimSpace(parts[2]))
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			bad++
			continue
		}
		price, err := strconv.ParseFloat(strings.TrimSpace(parts[3]), 64)
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			bad++
			continue
		}
		rows = append(rows, row{strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), qty, price})
	}
	fmt.Printf("parsed %d rows, %d bad\n\n", len(rows), bad)

	totals := map[string]float64{}
	units := map[string]int{}
	for _, r := range rows {
		totals[r.region] += float64(r.qty) * r.price
		units[r.region] += r.qty
	}
	var regions []string
	for k := range totals {
		regions = append(regions, k)
	}
	sort.Strings(regions)

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\tunits\trevenue\tavg\t")
	grand := 0.0
	for _, reg := range regions {
		avg := totals[reg] / float64(units[reg])
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.3f\t\n", reg, units[reg], totals[reg], avg)
		grand += totals[reg]
	}
	fmt.Fprintf(tw, "TOTAL\t\t%.2f\t\t\n", grand)
	tw.Flush()

	fmt.Println()
	tw = tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	sort.SliceStable(rows, func(i, j int) bool {
		return float64(rows[i].qty)*rows[i].price > float64(rows[j].qty)*rows[j].price
	})
	for i, r := range rows {
		if i == 5 {
			break
		}
		fmt.Fprintf(tw, "%s\t%s\t%v\t%g\n", r.item, r.region, r.qty, r.price)
	}
	tw.Flush()
	fmt.Println(strconv.FormatFloat(grand, 'e', 4, 64), strconv.FormatFloat(grand, 'f', -1, 64))
}
