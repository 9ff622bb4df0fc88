-- A country filter finds the country and its subdivisions (PS: PS, PS-GZA, PS-WBK). Filtering on the
-- code's country part, with an index on it, lets PostgreSQL combine the country with the text and
-- sector indexes (a BitmapAnd) instead of rechecking every text match's row: about 2.5x faster on
-- 100,000 organisations (docs/benchmarks.md).
create index organization_country_part on organization ((split_part(country, '-', 1)));
create index project_country_part on project ((split_part(country, '-', 1)));
