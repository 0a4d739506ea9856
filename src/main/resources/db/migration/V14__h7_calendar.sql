-- 法定节假日安排：办公室按国务院办公厅每年的通知录入（随系统提供 2004—2026 年，录入的年份在其上生效）
create table calendar_year (
    year            int          primary key check (year between 2000 and 2100),
    document_number varchar(60)  not null,
    entered_by      varchar(100) not null,
    entered_at      timestamptz  not null
);

create table calendar_day (
    year  int         not null references calendar_year (year) on delete cascade,
    day   date        not null,
    kind  varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name  varchar(10) not null,
    primary key (year, day)
);
