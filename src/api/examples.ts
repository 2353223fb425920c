/**
 * Example operations GraphiQL opens with, one tab each; the Kim conditions question first.
 * The README shows the same queries.
 */
export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: 'What conditions did Kim attach to talks?',
    query: `# What conditions did Kim Jong Un attach to talks?
{
  conditions(holder: "Kim Jong Un") {
    nodes {
      text
      on
      sentence
      holder { name }
      article { title published }
    }
  }
}
`,
  },
  {
    title: 'Kim: statements, conditions, invitations, events',
    query: `# Everything about one person, by name or alias
{
  person(name: "Kim Jong-un") {
    name
    aliases
    roles
    statements(first: 5) { totalCount nodes { text kind published article { title source } } }
    conditions { nodes { text on sentence } }
    invitationsSent { nodes { invitee { name } eventText } }
    invitationsReceived { nodes { inviter { name } eventText } }
    events { nodes { type status date placeName participants { name } } }
  }
}
`,
  },
  {
    title: 'Who invited Trump, to what?',
    query: `{
  invitations(invitee: "Donald Trump") {
    nodes { inviter { name } invitee { name } eventText sentence article { title published } }
  }
}
`,
  },
  {
    title: 'Statements mentioning denuclearisation',
    query: `{
  statements(text: "denuclearisation", first: 10) {
    totalCount
    edges { cursor node { text speaker { name } article { title source published } } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    title: 'Meetings Trump took part in',
    query: `{
  events(participant: "Trump") {
    nodes { type status date dateText placeName participants { name } sentence }
  }
}
`,
  },
  {
    title: 'Search names and text',
    query: `{
  search(text: "APEC") {
    nodes {
      score
      node {
        id
        __typename
        ... on Entity { name aliases }
        ... on Statement { text }
        ... on Condition { text }
      }
    }
  }
}
`,
  },
  {
    title: 'Kim\'s conditions on talks, by words or linked event, this year',
    query: `{
  conditions(holder: "Kim Jong Un", on: "talks", from: "2025-01-01") {
    totalCount
    nodes { text on published statement { text } forEvents { type status } article { source url } }
  }
}
`,
  },
  {
    title: 'What was said about the United States, by whom, in which outlet',
    query: `{
  statements(about: "United States", kind: direct, from: "2025-09-01", to: "2025-12-31", first: 10) {
    totalCount
    nodes { text speaker { name } published article { source title } }
  }
}
`,
  },
  {
    title: 'Kim\'s timeline',
    query: `{
  timeline(person: "Kim Jong Un", first: 30) {
    totalCount
    nodes {
      date
      kind
      item {
        __typename
        ... on Statement { text }
        ... on Condition { text on }
        ... on Invitation { inviter { name } invitee { name } eventText }
        ... on Event { type status placeName participants { name } }
      }
    }
  }
}
`,
  },
  {
    title: 'One quotation across outlets',
    query: `{
  statements(speaker: "Kim Jong Un", kind: direct, first: 5) {
    nodes {
      text
      sameQuote { count outlets earliest { published article { source } } }
    }
  }
}
`,
  },
  {
    title: 'Who interacts with Trump (for a network chart)',
    query: `{
  network(person: "Donald Trump", depth: 2) {
    nodes { id name __typename }
    links { from to kind weight }
  }
}
`,
  },
  {
    title: 'Planned and proposed meetings',
    query: `{
  events(status: planned) { nodes { type date dateText placeName participants { name } article { source } } }
  proposed: events(status: proposed) { totalCount nodes { type text participants { name } } }
}
`,
  },
  {
    title: 'Graph size',
    query: `{
  stats { totalNodes totalEdges nodes { name count } edges { name count } }
}
`,
  },
  {
    title: 'Add an article (needs x-api-key when the server has a key)',
    query: `mutation {
  ingestArticle(input: {
    id: "example"
    source: "Example News"
    published: "2025-11-01"
    title: "Kim sets terms"
    text: "Kim Jong Un said on Saturday that he would meet Donald Trump if Washington dropped its demand for denuclearisation."
  }) {
    articleId
    changed
    article { title conditions { nodes { text on } } }
  }
}
`,
  },
];
