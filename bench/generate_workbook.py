"""Writes a SYNTHETIC workbook in the layout of IPU's historical workbook (the ten headers of row 1), with N data
rows of plausible values (real country names and regions, years 1945-2018, seats and women). Inline strings, no
shared strings table, written as a plain ZIP: what a large export could look like, not real data."""
import random
import sys
import zipfile

dst, n = sys.argv[1], int(sys.argv[2])
random.seed(7)
countries = ["Albania", "Algeria", "Argentina", "Austria", "Belgium", "Bolivia", "Brazil", "Canada", "Chile", "Denmark",
             "Finland", "France", "Germany", "Greece", "India", "Ireland", "Italy", "Japan", "Kenya", "Mexico", "Norway",
             "Peru", "Poland", "Portugal", "Rwanda", "Senegal", "Spain", "Sweden", "Tunisia", "Uruguay"]
header = ["Country", "Region", "Election / Renewal", "Year", "Month", "Chamber Type", "Chamber Total Seats",
          "Total women", "% Of Women in Chamber", "NOTES"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

def row(r, values):
    cols = "ABCDEFGHIJ"
    return f'<row r="{r}">' + "".join(cell(f"{cols[i]}{r}", v) for i, v in enumerate(values) if v is not None) + "</row>"

with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        sheet.write(row(1, header).encode())
        for r in range(2, n + 2):
            seats = random.randint(20, 600)
            women = random.randint(0, seats // 2)
            values = [random.choice(countries), "EUR", "Yes", random.randint(1945, 2018), random.choice(months),
                      random.choice(["Lower", "Upper", "Single"]), seats, women, round(women / seats, 3), None]
            sheet.write(row(r, values).encode())
        sheet.write(b"</sheetData></worksheet>")
