"""Write seeds/mNN.txt and gold/mNN.json (line numbers recorded while writing)."""
import pages_a
import pages_b
import pages_c

for mod, names in ((pages_a, "m01 m02 m03"), (pages_b, "m04 m05 m06 m07"), (pages_c, "m08 m09 m10")):
    for n in names.split():
        page = getattr(mod, n)()
        page.write()
        print(n, len(page.lines), "lines", len(page.arts), "articles")
