// `npm start`: the game server arrives with the server issue; until then, say so plainly.
console.log(`Multi-dimensional Chess
The rules engine, bots and simulator are in place; the online server comes in the next step.
Meanwhile try:  npm run simulate -- --games 200   (bots play the game and print the balance figures)
               npm test                            (type-check and every test)`);
