#!/bin/sh
# Signs in the given staff members (password as the second argument) and prints their session cookies,
# comma-separated, for client-search.sh. Usage: bench/sign-in.sh "user1 user2 …" <password>
jar=$(mktemp)
for username in $1; do
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" http://localhost:8082/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$username" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" http://localhost:8082/login
  awk '$6 == "SESSION" { print $7 }' "$jar"
done | paste -sd, -
rm -f "$jar"
