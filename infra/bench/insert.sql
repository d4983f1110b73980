\set n random(1, 1000000000)
INSERT INTO bench_scratch (title, qty, price, placed_at) VALUES ('bench ' || :n, :n, :n + 0.25, now());
