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
];
