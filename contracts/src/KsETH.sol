// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title ksETH: shares of the KeyStake staking pool.
/// @notice A plain, non-rebasing ERC-20: one token is one share of the pool's
/// ETH; its value in ETH is StakingPool.rate(). Only the staking pool (the
/// owner) mints and burns.
contract KsETH is ERC20, Ownable {
    constructor(address pool) ERC20("KeyStake staked ETH", "ksETH") Ownable(pool) {}

    /// @notice Staking pool only: mints `amount` shares to `to`.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Staking pool only: burns `amount` shares held by `from`.
    function burn(address from, uint256 amount) external onlyOwner {
        _burn(from, amount);
    }
}
